import type { Detection } from './personalDetailKinds';

/**
 * UK postcodes, full ("SW1A 1AA", "cf10 1ab", "M601AB") and outward-only when the sentence shows
 * it is a postcode ("we're in LS6", "postcode M20", "the CF10 area"). Checking the area letters
 * against the real postcode areas stops "Y6 2nd" or "KS2 3rd" being read as postcodes.
 */

const POSTCODE_AREAS: ReadonlySet<string> = new Set(`
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD
HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH
RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE
`.split(/\s+/).filter(Boolean));

const FULL = /(?<![\p{L}\p{N}])([a-z]{1,2})(\d[a-z\d]?)\s{0,2}(\d[abd-hjlnp-uw-z]{2})(?![\p{L}\p{N}])/giu;
const OUTWARD_LABELLED = /\bpost\s?code\s*(?:is|was|of)?\s*[:\-]?\s*([a-z]{1,2}\d[a-z\d]?)(?![\p{L}\p{N}])/giu;
const OUTWARD_IN_CONTEXT = /\b(?:[Ii]n|[Nn]ear|[Aa]round|[Ff]rom|[Nn]r|[Mm]oved to)\s+([A-Z]{1,2}\d[A-Z\d]?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])([A-Za-z]{1,2}\d[A-Za-z\d]?)(?=\s+(?:area|postcode|district)\b)/gu;

export function findPostcodes(text: string): Detection[] {
  const found: Detection[] = [];
  const add = (start: number, value: string) => found.push({ start, end: start + value.length, kind: 'postcode' });
  for (const m of text.matchAll(FULL)) {
    if (POSTCODE_AREAS.has(m[1].toUpperCase())) add(m.index, m[0]);
  }
  for (const m of text.matchAll(OUTWARD_LABELLED)) {
    if (POSTCODE_AREAS.has(areaOf(m[1]))) add(m.index + m[0].lastIndexOf(m[1]), m[1]);
  }
  for (const m of text.matchAll(OUTWARD_IN_CONTEXT)) {
    const code = m[1] ?? m[2];
    if (!code || !POSTCODE_AREAS.has(areaOf(code))) continue;
    // "in S1", "in E1": a one-letter area with one digit needs "postcode" or "area" to be sure.
    if (m[1] && /^[A-Z]\d$/.test(code)) continue;
    add(m.index + m[0].lastIndexOf(code), code);
  }
  return found;
}

function areaOf(outward: string): string {
  return (/^[a-z]+/i.exec(outward)?.[0] ?? '').toUpperCase();
}
