import { describe, expect, it } from 'vitest';
import { maskEmail, maskPhone } from '../../../../renderer/src/domain/privacy';

describe('maskPhone', () => {
  it('keeps the first three and last four digits of long numbers', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+852 9123 4567')).toBe('+852 **** 4567');
    expect(maskPhone('0731-88881234')).toBe('073*-****1234');
  });

  it('shows only the last four digits of short numbers', () => {
    expect(maskPhone('91234567')).toBe('****4567');
    expect(maskPhone('6123-4567')).toBe('****-4567');
    expect(maskPhone('1234')).toBe('****');
  });

  it('handles empty and odd input', () => {
    expect(maskPhone('')).toBe('');
    expect(maskPhone(undefined)).toBe('');
    expect(maskPhone('未知')).toBe('**');
  });
});

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmail('zhangsan@example.com')).toBe('z***@example.com');
    expect(maskEmail('a@b.cn')).toBe('a***@b.cn');
  });

  it('handles empty and odd input', () => {
    expect(maskEmail('')).toBe('');
    expect(maskEmail(undefined)).toBe('');
    expect(maskEmail('no-at-sign')).toBe('***');
    expect(maskEmail('@example.com')).toBe('***');
  });
});
