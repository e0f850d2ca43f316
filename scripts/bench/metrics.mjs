// A metric is one row of the bench table: a median of several samples with their min and max, an
// optional goal, and an optional ratio to a baseline measured in the same run.

/**
 * Builds a row. `samples`: numbers (one for an exact figure such as a size). `goal`: `{ text, met }`.
 * `ratio`: `{ of: 'what it is compared with', value }`.
 */
export function metric(name, unit, samples, { goal, ratio } = {}) {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { name, unit, median, min: sorted[0], max: sorted.at(-1), samples: sorted.length, goal, ratio };
}

export const median = (samples) => metric('', '', samples).median;

/** `a / b` with the baseline named, for the ratio column. */
export const ratioTo = (of, a, b) => ({ of, value: a / b });

const formats = {
  bytes: (value) => `${(value / 1000).toFixed(1)} kB`,
  ms: (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`,
  MB: (value) => `${(value / 1e6).toFixed(1)} MB`,
  count: (value) => String(Math.round(value * 10) / 10),
  x: (value) => `${value.toFixed(2)}x`,
};

/** The table as aligned text. Exact figures (one sample) leave min and max empty. */
export function formatTable(rows) {
  const header = ['metric', 'median', 'min', 'max', 'goal', 'ratio'];
  const lines = rows.map((row) => {
    const format = formats[row.unit];
    const spread = row.samples > 1;
    return [
      row.name,
      format(row.median),
      spread ? format(row.min) : '',
      spread ? format(row.max) : '',
      row.goal ? `${row.goal.text} ${row.goal.met ? 'ok' : 'MISSED'}` : '',
      row.ratio ? `${formats.x(row.ratio.value)} of ${row.ratio.of}` : '',
    ];
  });
  const widths = header.map((_, i) => Math.max(header[i].length, ...lines.map((line) => line[i].length)));
  const numeric = [false, true, true, true, false, false];
  const render = (cells) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join(' | ')
      .trimEnd();
  return [render(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...lines.map(render)].join('\n');
}
