import { describe, expect, it } from 'vitest';
import { policyWeaknesses } from './contentSecurityPolicyAudit';

// The auditor the CSP tests rely on must itself be able to fail.
describe('policyWeaknesses', () => {
  it('finds nothing wrong with a strict local policy', () => {
    expect(
      policyWeaknesses(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'",
      ),
    ).toEqual([]);
  });

  it.each([
    ["default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'"],
    ["default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'"],
    ["default-src 'self'; object-src 'none'; base-uri 'none'; connect-src https://example.org"],
    ["default-src 'self'; object-src 'none'; base-uri 'none'; img-src *"],
    ["default-src 'self'; object-src 'none'; base-uri 'none'; font-src https:"],
    ["default-src *; object-src 'none'; base-uri 'none'"],
    ["default-src 'self'; base-uri 'none'"],
  ])('flags %s', (policy) => {
    expect(policyWeaknesses(policy)).not.toEqual([]);
  });
});
