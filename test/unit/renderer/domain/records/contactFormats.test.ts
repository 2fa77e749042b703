import { describe, expect, it } from 'vitest';
import { isValidEmail, isValidPhone } from '../../../../../renderer/src/domain/records';

describe('isValidPhone', () => {
  it.each([
    '13812345678',
    '138 1234 5678',
    '0731-88881234',
    '(0731) 8888 1234',
    '+852 9123 4567',
    '91234567',
    '+853 6612 3456',
    '+886 912 345 678',
    '+1 (212) 555-0100',
    '0731-88881234 转 123',
  ])('accepts %s', (phone) => expect(isValidPhone(phone)).toBe(true));

  it.each(['12345', '12812345678', 'abc', '138-1234-567a', '1234567890123456', '+', ''])(
    'refuses %s',
    (phone) => expect(isValidPhone(phone)).toBe(false),
  );
});

describe('isValidEmail', () => {
  it('accepts plausible addresses and refuses others', () => {
    expect(isValidEmail('chan@example.com.hk')).toBe(true);
    expect(isValidEmail(' a.b+c@mail.cn ')).toBe(true);
    for (const bad of ['a@b', 'a@@b.cn', 'a b@c.cn', '@b.cn', 'a@.cn', 'a@b..cn', '']) {
      expect(isValidEmail(bad), bad).toBe(false);
    }
  });
});
