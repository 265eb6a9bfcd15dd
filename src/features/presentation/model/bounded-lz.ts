/*
 * lz-string's decompressFromEncodedURIComponent (lz-string 1.5.0, MIT, © Pieroxy), with one
 * change: it stops once the text it rebuilds passes `maxChars`. A 65 KB link can expand to 400 MB
 * (each code may name a dictionary entry one character longer than the last), and the library
 * has no way to stop early, so a hostile `deck=` froze the tab for seconds before it could be
 * refused. Compression still uses lz-string itself; tests check both agree on every deck.
 */

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map(Array.from(URI_SAFE, (char, index) => [char, index] as const));

export type BoundedResult = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too-large' };

/** Decompresses an lz-string URI-safe text, or refuses it as damaged or as larger than `maxChars` once expanded. */
export function decompressUriSafeBounded(input: string, maxChars: number): BoundedResult {
  const damaged = { ok: false, reason: 'damaged' } as const;
  if (input === '') return damaged;
  const compressed = input.replace(/ /g, '+');
  const length = compressed.length;
  const resetValue = 32;
  const valueAt = (index: number) => VALUE_OF.get(compressed.charAt(index)) ?? 0;
  const data = { val: valueAt(0), position: resetValue, index: 1 };

  const readBits = (count: number): number => {
    let bits = 0;
    const maxPower = 2 ** count;
    for (let power = 1; power !== maxPower; power <<= 1) {
      const bit = data.val & data.position;
      data.position >>= 1;
      if (data.position === 0) {
        data.position = resetValue;
        data.val = valueAt(data.index++);
      }
      bits |= (bit > 0 ? 1 : 0) * power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  let produced = 0;
  const result: string[] = [];

  const first = readBits(2);
  if (first === 2) return { ok: true, text: '' };
  if (first !== 0 && first !== 1) return damaged;
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = w;
  result.push(w);
  produced += w.length;

  for (;;) {
    if (data.index > length) return damaged;
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      code = dictSize - 1;
      enlargeIn--;
    } else if (code === 2) {
      return { ok: true, text: result.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = dictionary[code];
    if (known) entry = known;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return damaged;
    produced += entry.length;
    if (produced > maxChars) return { ok: false, reason: 'too-large' };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
