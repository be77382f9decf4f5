// Reading configuration from the environment. An empty value counts as unset: `.env`
// templates (and `FOO= npm start`) leave variables empty to mean "use the default".

/** The variable's value without surrounding blanks, or undefined when it is unset or blank. */
export function envString(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

/** The variable as a number, `fallback` when it is unset or blank; throws when it is not a number. */
export function envNumber(name: string, fallback: number): number {
  const value = envString(name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`${name} must be a number, got "${value}"`);
  return number;
}
