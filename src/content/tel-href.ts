/** Turns a helpline number as people write it ("1-800-MY-RESET", "116 123") into a tel: link a phone can dial. */

const KEYPAD: Record<string, string> = {};
for (const [digit, letters] of Object.entries({ 2: 'ABC', 3: 'DEF', 4: 'GHI', 5: 'JKL', 6: 'MNO', 7: 'PQRS', 8: 'TUV', 9: 'WXYZ' })) {
  for (const letter of letters) KEYPAD[letter] = digit;
}

export function telHref(phone: string): string {
  // Letters stand for keypad digits; a phone would not dial them from a link.
  const digits = phone
    .toUpperCase()
    .replace(/[A-Z]/g, (letter) => KEYPAD[letter] ?? '')
    .replace(/[^0-9+]/g, '');
  return `tel:${digits}`;
}
