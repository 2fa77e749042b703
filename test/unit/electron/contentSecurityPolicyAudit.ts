/**
 * An independent reading of a content security policy, written out here rather than taken from
 * the code under test: what it lets in that our pages must never allow.
 */

/** Directive name → its sources, as a browser reads the policy. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Sources our pages may name: their own origin, nothing, and local data and blob URLs. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", 'data:', 'blob:']);

/** Every way the policy lets in inline or remote script or remote content; empty when none. */
export function policyWeaknesses(policy: string): string[] {
  const directives = parsePolicy(policy);
  const weaknesses: string[] = [];
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  if (scripts?.join(' ') !== "'self'") {
    weaknesses.push(`script-src should be exactly 'self', is ${scripts?.join(' ') ?? 'missing'}`);
  }
  if (directives.get('default-src')?.join(' ') !== "'self'") {
    weaknesses.push("default-src should be 'self'");
  }
  for (const name of ['object-src', 'base-uri']) {
    if (directives.get(name)?.join(' ') !== "'none'") weaknesses.push(`${name} should be 'none'`);
  }
  for (const [name, sources] of directives) {
    for (const source of sources) {
      const inlineStyle = name === 'style-src' && source === "'unsafe-inline'";
      if (!LOCAL_SOURCES.has(source) && !inlineStyle) weaknesses.push(`${name} allows ${source}`);
    }
  }
  return weaknesses;
}
