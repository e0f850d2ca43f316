// Just enough JSON Schema (the OpenAPI 3.0 subset the RingCX contract uses) to check mock
// responses: type, properties (unknown names are errors), items, $ref, enum, required, and the
// int32/int64 ranges. Returns problems as readable strings instead of throwing, so one assertion
// shows them all.

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  nullable?: boolean;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>;
  components: { schemas: Record<string, Schema> };
}

export interface ValidateOptions {
  /** Paths such as `$.refreshToken` whose value may be null although the contract does not say so. */
  allowNull?: string[];
  /** Property names allowed on top of the schema's, such as the `errorCode` the docs show. */
  extraProperties?: string[];
}

const INT_RANGES: Record<string, [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

export function validate(value: unknown, schema: Schema, doc: OpenApiDocument, options: ValidateOptions = {}): string[] {
  const problems: string[] = [];
  const allowNull = new Set(options.allowNull);
  const extras = new Set(options.extraProperties);

  function resolve(s: Schema): Schema {
    if (!s.$ref) return s;
    const name = /^#\/components\/schemas\/(.+)$/.exec(s.$ref)?.[1];
    const target = name ? doc.components.schemas[name] : undefined;
    if (!target) throw new Error(`unresolvable $ref ${s.$ref}`);
    return resolve(target);
  }

  function check(v: unknown, raw: Schema, at: string): void {
    const s = resolve(raw);
    if (v === null) {
      if (!s.nullable && !allowNull.has(at)) problems.push(`${at}: null, expected ${s.type ?? 'a value'}`);
      return;
    }
    if (s.enum && !s.enum.includes(v)) problems.push(`${at}: ${JSON.stringify(v)} not in enum ${JSON.stringify(s.enum)}`);
    switch (s.type) {
      case 'object': {
        if (typeof v !== 'object' || Array.isArray(v)) return void problems.push(`${at}: expected object`);
        const record = v as Record<string, unknown>;
        for (const name of s.required ?? []) {
          if (!(name in record)) problems.push(`${at}: missing required ${name}`);
        }
        for (const [name, child] of Object.entries(record)) {
          const childSchema = s.properties?.[name];
          if (childSchema) check(child, childSchema, `${at}.${name}`);
          else if (!extras.has(name)) problems.push(`${at}.${name}: not in the schema`);
        }
        return;
      }
      case 'array':
        if (!Array.isArray(v)) return void problems.push(`${at}: expected array`);
        if (s.items) v.forEach((item, i) => check(item, s.items!, `${at}[${i}]`));
        return;
      case 'integer': {
        const range = INT_RANGES[s.format ?? 'int64']!;
        if (!Number.isInteger(v)) return void problems.push(`${at}: ${JSON.stringify(v)} is not an integer`);
        if ((v as number) < range[0] || (v as number) > range[1]) problems.push(`${at}: ${v} out of ${s.format} range`);
        return;
      }
      case 'number':
      case 'string':
      case 'boolean':
        if (typeof v !== s.type) problems.push(`${at}: ${JSON.stringify(v)} is not a ${s.type}`);
        return;
      case undefined:
        return;
      default:
        problems.push(`${at}: schema type ${s.type} not supported by this validator`);
    }
  }

  check(value, schema, '$');
  return problems;
}

/** The response schema an operation declares for a status and media type. */
export function responseSchema(doc: OpenApiDocument, path: string, method: string, status: string, mediaType: string): Schema {
  const schema = doc.paths[path]?.[method.toLowerCase()]?.responses[status]?.content?.[mediaType]?.schema;
  if (!schema) throw new Error(`the contract has no ${mediaType} schema for ${method} ${path} ${status}`);
  return schema;
}
