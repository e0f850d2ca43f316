// Reads the project's RingCX contract (test/contract/ringcx-api.contract.json) and checks values
// against its compact type notation: `string`, `boolean`, `int32`/`int64` (with their ranges), a
// schema name, `T[]`, or an array of allowed strings. Every property of a schema is optional and any
// property outside it is an error, so the mock cannot drift. Returns problems as readable strings
// instead of throwing, so one assertion shows them all; a type the notation lacks throws, so a typo
// in the contract cannot pass for "anything goes".

/** A type in the contract's notation. */
export type ContractType = string | string[];

export interface ContractOperation {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  auth: string;
  request: { in: Array<'form' | 'query' | 'path' | 'header'>; fields: Record<string, string> };
  success: { status: number; content: string; body: ContractType; nullable?: string[] };
  statuses: number[];
  note?: string;
}

export interface Contract {
  errors: { content: string; body: string };
  operations: Record<string, ContractOperation>;
  schemas: Record<string, Record<string, ContractType>>;
}

export interface ValidateOptions {
  /** Paths such as `$.refreshToken` whose value may be null. */
  allowNull?: string[];
}

/** The contract, served from the repository root by the test runner. */
export async function loadContract(): Promise<Contract> {
  const response = await fetch(new URL('/test/contract/ringcx-api.contract.json', location.origin));
  if (!response.ok) throw new Error(`test/contract/ringcx-api.contract.json: HTTP ${response.status}`);
  return (await response.json()) as Contract;
}

const INT_RANGES: Record<string, [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

export function validate(value: unknown, type: ContractType, contract: Contract, options: ValidateOptions = {}): string[] {
  const problems: string[] = [];
  const allowNull = new Set(options.allowNull);

  function check(v: unknown, t: ContractType, at: string): void {
    if (v === null) {
      if (!allowNull.has(at)) problems.push(`${at}: null, expected ${JSON.stringify(t)}`);
      return;
    }
    if (Array.isArray(t)) {
      if (!t.includes(v as string)) problems.push(`${at}: ${JSON.stringify(v)} not one of ${JSON.stringify(t)}`);
      return;
    }
    if (t.endsWith('[]')) {
      if (!Array.isArray(v)) return void problems.push(`${at}: expected an array`);
      v.forEach((item, i) => check(item, t.slice(0, -2), `${at}[${i}]`));
      return;
    }
    const range = INT_RANGES[t];
    if (range) {
      if (!Number.isInteger(v)) return void problems.push(`${at}: ${JSON.stringify(v)} is not an integer`);
      if ((v as number) < range[0] || (v as number) > range[1]) problems.push(`${at}: ${v} out of ${t} range`);
      return;
    }
    if (t === 'string' || t === 'boolean') {
      if (typeof v !== t) problems.push(`${at}: ${JSON.stringify(v)} is not a ${t}`);
      return;
    }
    const schema = contract.schemas[t];
    if (!schema) throw new Error(`the contract has no type ${JSON.stringify(t)} (at ${at})`);
    if (typeof v !== 'object' || Array.isArray(v)) return void problems.push(`${at}: expected ${t}, an object`);
    for (const [name, child] of Object.entries(v as Record<string, unknown>)) {
      const childType = Object.hasOwn(schema, name) && !name.startsWith('$') ? schema[name] : undefined;
      if (childType === undefined) problems.push(`${at}.${name}: not in ${t}`);
      else check(child, childType, `${at}.${name}`);
    }
  }

  check(value, type, '$');
  return problems;
}
