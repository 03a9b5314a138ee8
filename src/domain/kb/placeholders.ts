import { describeTimescale, isTimescaleKey } from '../timescales';
import type { LocalServices } from '../localServices';

/**
 * Articles never repeat statutory numbers: they write `{{t:key}}` and we fill it from the
 * timescales table. Local details (`{{council.name}}`, `{{sendiass.web}}`, ...) come from config.
 */
const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*(?:[.:][a-zA-Z][a-zA-Z0-9]*)?)\s*\}\}/g;
/** Anything in double braces, so a misspelt placeholder is reported instead of shown to a parent. */
const ANY_BRACES = /\{\{([^{}]*)\}\}/g;
const ONE_PLACEHOLDER = new RegExp(`^${PLACEHOLDER.source}$`);

export const LOCAL_PLACEHOLDERS = ['council.name', 'council.localOfferUrl', 'sendiass.name', 'sendiass.web', 'sendiass.phone', 'sendiass.email'] as const;

function localValue(name: string, services: LocalServices): string | undefined {
  switch (name) {
    case 'council.name': return services.council.name;
    case 'council.localOfferUrl': return services.council.localOfferUrl;
    case 'sendiass.name': return services.sendiass.name;
    case 'sendiass.web': return services.sendiass.web;
    case 'sendiass.phone': return services.sendiass.phone ?? services.sendiass.web;
    case 'sendiass.email': return services.sendiass.email ?? services.sendiass.web;
    default: return undefined;
  }
}

/** Fills every placeholder; an unknown one is left visible (kb check reports it). */
export function fillPlaceholders(text: string, services: LocalServices): string {
  return text.replace(PLACEHOLDER, (whole, name: string, offset: number) => {
    let value: string | undefined;
    if (name.startsWith('t:')) {
      const key = name.slice(2);
      value = isTimescaleKey(key) ? describeTimescale(key) : undefined;
    } else {
      value = localValue(name, services);
    }
    if (value === undefined) return whole;
    // "your local council must..." at the start of a sentence reads "Your local council must...".
    return startsSentence(text, offset) && !/^https?:/.test(value) ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
}

function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(0, offset).replace(/[\s*_>"'(\[-]+$/, '');
  return before === '' || /[.!?]$/.test(before) || /\n\s*$/.test(text.slice(0, offset));
}

/** Placeholders in the text that we cannot fill (and anything else in double braces). */
export function unknownPlaceholders(text: string): string[] {
  const unknown: string[] = [];
  for (const m of text.matchAll(ANY_BRACES)) {
    const name = m[1].trim();
    const wellFormed = ONE_PLACEHOLDER.test(m[0]);
    const ok = wellFormed && (name.startsWith('t:') ? isTimescaleKey(name.slice(2)) : (LOCAL_PLACEHOLDERS as readonly string[]).includes(name));
    if (!ok) unknown.push(name);
  }
  return unknown;
}
