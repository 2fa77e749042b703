import { expect } from 'vitest';
import {
  validateInput,
  type RecordKind,
  type ValidationIssue,
} from '../../../../../renderer/src/domain/records';

export const ID1 = '0b8f7a1e-8f1c-4d3a-9b7e-1c2d3e4f5a6b';
export const ID2 = '1c9e8b2f-9a2d-4e4b-8c8f-2d3e4f5a6b7c';
export const ID3 = '2daf9c30-ab3e-4f5c-9d90-3e4f5a6b7c8d';
export const SHA = 'a'.repeat(64);
export const NOW = '2021-04-15T08:00:00.000Z';

export const BASE = { id: ID1, createdAt: NOW, updatedAt: NOW, rev: 1, deletedAt: null };

/** The issues of an input that must fail. */
export function issuesOf(kind: RecordKind, input: unknown): ValidationIssue[] {
  const result = validateInput(kind, input);
  expect(result.ok, JSON.stringify(input)).toBe(false);
  return result.ok ? [] : result.issues;
}

/** The messages of an input that must fail. */
export function messagesOf(kind: RecordKind, input: unknown): string[] {
  return issuesOf(kind, input).map((issue) => issue.message);
}

/** The value of an input that must pass. */
export function valueOf<K extends RecordKind>(kind: K, input: unknown) {
  const result = validateInput(kind, input);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.value;
}
