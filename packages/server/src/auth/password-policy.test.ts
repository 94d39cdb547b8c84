import { describe, expect, it } from 'vitest';
import { checkPassword, loadCommonPasswords } from './password-policy.ts';

const context = { email: 'Jane.Doe+myo@example.org', name: 'Jane Doe' };

function codeOf(password: string) {
  const result = checkPassword(password, context);
  return result.ok ? 'ok' : result.code;
}

describe('password policy', () => {
  it('loads the 10,000 most common passwords, lower-case', () => {
    const list = loadCommonPasswords();
    expect(list.size).toBe(10_000);
    expect(list.has('password')).toBe(true);
    expect(list.has('iloveyou')).toBe(true);
    expect([...list].every((entry) => entry === entry.toLowerCase())).toBe(true);
  });

  it('accepts long passphrases and any Unicode, with no composition rules', () => {
    expect(
      checkPassword('a'.repeat(0) + 'the quiet trapezius knot eases under slow, steady pressure!!', context),
    ).toEqual({
      ok: true,
    });
    const sixtyFour = 'muscle memory of a long walk home along the river in late autumn';
    expect([...sixtyFour]).toHaveLength(64);
    expect(checkPassword(sixtyFour, context)).toEqual({ ok: true });
    expect(checkPassword('Grüße aus Köln', context)).toEqual({ ok: true });
    expect(checkPassword('日本語のパスワード', context)).toEqual({ ok: true });
    expect(checkPassword('🐢🦒🌵🎻🧭🪁🫖🧉', context)).toEqual({ ok: true }); // 8 code points, 16 UTF-16 units
    expect(checkPassword('lowercaseonly', context)).toEqual({ ok: true });
  });

  it('counts code points after NFKC normalisation', () => {
    expect(codeOf('🐢🦒🌵🎻🧭🪁🫖')).toBe('too-short'); // 7 code points, 14 UTF-16 units
    expect(codeOf('ﬀﬀﬀﬀ')).toBe('repeated'); // 4 ligatures become 8 letters under NFKC
  });

  it('refuses 7 and 129 characters, accepts 8 and 128', () => {
    expect(checkPassword('tr7Xq!p', context)).toEqual({
      ok: false,
      code: 'too-short',
      reason: 'is shorter than 8 characters',
    });
    expect(codeOf('tr7Xq!pZ')).toBe('ok');
    const varied = Array.from({ length: 129 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('');
    expect(codeOf(varied.slice(0, 128))).toBe('ok');
    expect(codeOf(varied)).toBe('too-long');
  });

  it('refuses common passwords whatever their case', () => {
    expect(checkPassword('password', context)).toEqual({
      ok: false,
      code: 'common',
      reason: 'is one of the 10,000 most common passwords',
    });
    expect(codeOf('PassWord')).toBe('common');
    expect(codeOf('12345678')).toBe('common');
    expect(codeOf('sunshine')).toBe('common');
  });

  it('refuses the email address, its local part and the name, with or without decoration', () => {
    expect(codeOf('Jane.Doe+myo@example.org')).toBe('email');
    expect(codeOf('jane.doe+myo@example.org')).toBe('email');
    expect(codeOf('janedoe2024!')).toBe('email');
    expect(codeOf('Doe Jane 1990')).toBe('name');
    expect(codeOf('MyoMap2025!')).toBe('service-name');
    expect(checkPassword('janedoe2024!', {})).toEqual({ ok: true });
    expect(checkPassword('Doe Jane 1990', { name: 'Jane Doe' }).ok).toBe(false);
    expect(codeOf('jane likes long walks')).toBe('ok'); // containing a name is fine
  });

  it('refuses repetitions, sequences and keyboard runs', () => {
    expect(codeOf('zzzzzzzz')).toBe('repeated');
    expect(codeOf('xyzxyzxyz')).toBe('repeated');
    expect(codeOf('abcdefgh')).toBe('sequence');
    expect(codeOf('98765432')).toBe('sequence');
    expect(codeOf('lmnopqrstu')).toBe('sequence');
    expect(codeOf('poiuytrewq')).toBe('keyboard');
    expect(codeOf('sdfghjkl')).toBe('keyboard');
    expect(codeOf('0987654321')).toBe('keyboard'); // the top row, right to left
  });
});
