// People and groups in one sentence: every capitalised name (for the entity list), and role claims that
// say who holds a role ("Iraqi Prime Minister Mustafa al-Kadhimi", "Ilya Voronyev, director of operations
// at the Velmora Harbour Authority", "The board's chair, Oskar Telling"). Roles are compared only when
// whose role it is was said (a country or an organisation): "President X" alone could be anyone's.

import { matchKey } from '../../text/name-key.ts';
import { stopWords, type Word } from '../../text/words.ts';
import { monthNames, weekdayNames } from '../dates/calendar.ts';
import { speechVerbs } from '../lexicon.ts';
import type { Claim } from '../types.ts';
import { actorKey, findEntity, type EntityIndex } from './resolve-names.ts';
import { nationalities, titleAliases, titles } from './titles.ts';

export interface ActorContext {
  text: string;
  start: number;
  words: readonly Word[];
  gaps: readonly string[];
}

export interface NameMention {
  name: string;
  start: number;
  end: number;
  /** The role the sentence gives the name, if any ("prime minister"). */
  role: string | null;
}

interface Run {
  first: number;
  /** Exclusive. */
  end: number;
}

interface Role {
  key: string;
  label: string;
  /** Whose role: a country or organisation key, '' when not said. */
  qualifier: string;
  qualifierLabel: string;
}

const ofHeads = new Set(
  `port republic kingdom states emirates university ministry department bank institute council city bay gulf sea isle islands
  province state office board court house college school museum church league union federation association society academy
  agency authority bureau chamber commission committee district lake river strait cape`.split(/\s+/u),
);
const particles = /^(?:al|el|bin|ibn|abu|de|van|von|da|di|du|le|la|ul|ad|as|ash|ar)-\p{Lu}/u;
const nameGap = /^\s*["“”]?\s*$/u;
const notNames = new Set([...monthNames, ...weekdayNames, 'i', 'mr', 'mrs', 'ms', 'dr', 'image', 'photo', 'source']);
// Where an owner phrase ends ("ambassador to Iraq from 2016") and verbs that show a clause, not an apposition.
const ownerEnds = new Set(['from', 'in', 'since', 'until', 'during', 'when', 'where', 'who', 'which', 'that', 'and']);
const clauseVerbs = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'have', 'been', 'will', 'would']);
const roleStop = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'own', 'of', 'at', 'for', 'to', 'who', 'was', 'is', 'now', 'then', 'in']);

export function extractActors(ctx: ActorContext, entities: EntityIndex): { claims: Claim[]; mentions: NameMention[] } {
  const runs = nameRuns(ctx);
  const claims: Claim[] = [];
  const roles = new Map<number, Role>();
  for (const run of runs) {
    const role = roleBefore(ctx, run, entities) ?? roleAfter(ctx, run, entities) ?? roleInApposition(ctx, run, entities);
    if (role === null) continue;
    roles.set(run.first, role);
    if (role.qualifier === '') continue;
    const name = nameText(ctx, run);
    const first = ctx.words[run.first];
    const last = ctx.words[run.end - 1];
    if (first === undefined || last === undefined) continue;
    const entity = findEntity(entities, name);
    claims.push({
      kind: 'actor',
      subject: `${role.key}|${role.qualifier}`,
      subjectLabel: `${role.label} (${role.qualifierLabel})`,
      value: { kind: 'actor', entityKey: actorKey(entities, name), name: entity?.name ?? name },
      display: entity === null || matchKey(entity.name) === matchKey(name) ? name : `${name} (${entity.name})`,
      start: first.start,
      end: last.end,
      text: name,
      excluded: null,
    });
  }
  const mentions = runs.map((run) => {
    const first = ctx.words[run.first];
    const last = ctx.words[run.end - 1];
    return { name: nameText(ctx, run), start: first?.start ?? 0, end: last?.end ?? 0, role: roles.get(run.first)?.key ?? null };
  });
  return { claims, mentions };
}

function isNameWord(ctx: ActorContext, k: number): boolean {
  const w = ctx.words[k];
  if (w === undefined || w.numeric) return false;
  if (particles.test(w.text)) return true;
  if (!w.capitalized || notNames.has(w.norm) || isTitleWord(w.norm) || w.norm in nationalities) return false;
  if (stopWords.has(w.norm)) return false;
  // The first word of a sentence is capitalised anyway: only a name if the next word is one too.
  if (k === 0 && !(ctx.words[1]?.capitalized ?? false)) return false;
  // Capitals throughout, past an acronym's length, is a dateline or a shout ("VELMORA —"), not a name.
  return !/^\p{Lu}{5,}$/u.test(w.text);
}

function isTitleWord(norm: string): boolean {
  return titles.some((t) => t === norm || t.split(' ').includes(norm)) && norm !== 'of' && norm !== 'state';
}

/** Runs of capitalised words (with "al-" particles and quoted nicknames) that can be names. */
function nameRuns(ctx: ActorContext): Run[] {
  const runs: Run[] = [];
  let k = 0;
  while (k < ctx.words.length) {
    if (!isNameWord(ctx, k)) {
      k += 1;
      continue;
    }
    let end = k + 1;
    for (;;) {
      if (end >= ctx.words.length || end - k >= 6 || !nameGap.test(ctx.gaps[end] ?? '')) break;
      if (isNameWord(ctx, end)) end += 1;
      // "Port of Velmora Board", "United States of America": "of" after an institution's or a place's head
      // word stays inside the name ("Abu Fadak of Kataeb Hezbollah" is a person and a group).
      else if (ctx.words[end]?.norm === 'of' && ofHeads.has(ctx.words[end - 1]?.norm ?? '') && /^\s+$/u.test(ctx.gaps[end + 1] ?? '') && isNameWord(ctx, end + 1)) end += 2;
      else break;
    }
    runs.push({ first: k, end });
    k = end;
  }
  return runs;
}

function nameText(ctx: ActorContext, run: Run): string {
  const parts: string[] = [];
  for (let k = run.first; k < run.end; k += 1) {
    const w = ctx.words[k];
    // A quoted nickname ("Frank") is left out of the name itself.
    if (w === undefined || (/["“]\s*$/u.test(ctx.gaps[k] ?? '') && /^\s*["”]/u.test(ctx.gaps[k + 1] ?? ''))) continue;
    parts.push(w.text);
  }
  return parts.join(' ');
}

/** A title phrase ending at word `end` (exclusive): its key and where it starts. */
function titleEndingAt(ctx: ActorContext, end: number): { first: number; title: string } | null {
  for (const title of titles) {
    const parts = title.split(' ');
    const first = end - parts.length;
    if (first < 0) continue;
    if (parts.every((p, k) => ctx.words[first + k]?.norm === p)) return { first, title };
  }
  return null;
}

/** "Iraqi Prime Minister Mustafa al-Kadhimi", "Chief Officer Marten Hale of the fire service". */
function roleBefore(ctx: ActorContext, run: Run, entities: EntityIndex): Role | null {
  if (!/^[\s.]*$/u.test(ctx.gaps[run.first] ?? '')) return null;
  const found = titleEndingAt(ctx, run.first);
  if (found === null) return null;
  const titleWord = ctx.words[found.first];
  const qualifierWords = capitalisedBefore(ctx, found.first);
  // A title in lower case names a role only when someone's role it is comes first ("the Iraqi Foreign Ministry spokesman").
  if (titleWord !== undefined && !titleWord.capitalized && qualifierWords.length === 0) return null;
  const of = ofPhrase(ctx, run.end);
  return makeRole(found.title, of ?? qualifierWords.join(' '), entities);
}

/** "Ilya Voronyev, director of operations at the Velmora Harbour Authority," / "…, the board's operations director". */
function roleAfter(ctx: ActorContext, run: Run, entities: EntityIndex): Role | null {
  if (!/^\s*,\s*$/u.test(ctx.gaps[run.end] ?? '')) return null;
  const phrase = phraseUntilComma(ctx, run.end, 1);
  return phrase === null ? null : roleFromPhrase(ctx, phrase.first, phrase.end, entities);
}

/** "The board's chair, Oskar Telling," / "his own director of operations, Ilya Voronyev,". */
function roleInApposition(ctx: ActorContext, run: Run, entities: EntityIndex): Role | null {
  if (!/^\s*,\s*$/u.test(ctx.gaps[run.first] ?? '')) return null;
  const after = ctx.gaps[run.end] ?? '';
  const next = ctx.words[run.end];
  if (!(/^\s*[,.]/u.test(after) || after.trim() === '' && next !== undefined && speechVerbs.has(next.norm))) return null;
  const phrase = phraseUntilComma(ctx, run.first, -1);
  return phrase === null ? null : roleFromPhrase(ctx, phrase.first, phrase.end, entities);
}

/** Words from `at` up to a comma or the sentence's end (direction 1), or back from `at` to one (-1); at most 8. */
function phraseUntilComma(ctx: ActorContext, at: number, direction: 1 | -1): Run | null {
  if (direction === 1) {
    let end = at;
    while (end < ctx.words.length && end - at < 8 && (end === at || !/[,;:.()]/u.test(ctx.gaps[end] ?? ''))) end += 1;
    return end > at ? { first: at, end } : null;
  }
  if (at === 0) return null;
  // Back from the word before the comma, while the text before each word holds no break.
  let first = at - 1;
  while (first > 0 && at - first < 8 && !/[,;:.()"“”]/u.test(ctx.gaps[first] ?? '')) first -= 1;
  return { first, end: at };
}

/** A role phrase: it must hold a title; an owner comes from a possessive ("the board's") or "of/at/for the X". */
function roleFromPhrase(ctx: ActorContext, first: number, end: number, entities: EntityIndex): Role | null {
  const ws = ctx.words.slice(first, end);
  if (ws.some((w) => speechVerbs.has(w.norm))) return null;
  let titleAt = -1;
  let title = '';
  for (let k = 0; k < ws.length && titleAt === -1; k += 1) {
    for (const candidate of titles) {
      const parts = candidate.split(' ');
      if (parts.every((p, o) => ws[k + o]?.norm === p)) {
        titleAt = k;
        title = candidate;
        break;
      }
    }
  }
  if (titleAt === -1) return null;
  // Not a role phrase if it runs on into a clause ("director said that ..." is caught above; "who" clauses are allowed).
  const owner: string[] = [];
  for (const w of ws.slice(0, titleAt)) {
    if (/'s$/u.test(w.norm)) owner.push(w.text.replace(/['’]s$/u, ''));
    else if (w.capitalized && !roleStop.has(w.norm)) owner.push(w.text);
  }
  // An apposition, not a clause: "and an influential cleric condemned ..." or "… general recently praised" are not roles.
  if (['and', 'or', 'but'].includes(ws[0]?.norm ?? '')) return null;
  const titleEnd = titleAt + title.split(' ').length;
  const rest = ws.slice(titleEnd);
  if (rest.length > 0 && !['of', 'at', 'for', 'to'].includes(rest[0]?.norm ?? '')) return null;
  const ownerWords: string[] = [];
  for (const w of rest.slice(1)) {
    if (ownerEnds.has(w.norm) || w.numeric || (!w.capitalized && w.norm.endsWith('ed'))) break;
    if (!roleStop.has(w.norm)) ownerWords.push(w.text);
  }
  if (rest.slice(1 + ownerWords.length).some((w) => clauseVerbs.has(w.norm))) return null;
  const ownerAfter = ownerWords.join(' ');
  const former = ws.slice(0, titleAt).some((w) => w.norm === 'former') ? 'former ' : '';
  return makeRole(`${former}${title}`, ownerAfter !== '' ? ownerAfter : owner.join(' '), entities);
}

function capitalisedBefore(ctx: ActorContext, at: number): string[] {
  const out: string[] = [];
  let k = at - 1;
  while (k >= 0 && out.length < 5 && /^[\s()]*$/u.test(ctx.gaps[k + 1] ?? '')) {
    const w = ctx.words[k];
    if (w === undefined || !(w.capitalized || w.norm in nationalities) || (k === 0 && stopWords.has(w.norm))) break;
    out.unshift(w.text);
    k -= 1;
  }
  return out;
}

/** "… of the fire service" after a name. */
function ofPhrase(ctx: ActorContext, at: number): string | null {
  if (ctx.words[at]?.norm !== 'of' || /[,;.]/u.test(ctx.gaps[at] ?? '')) return null;
  const parts: string[] = [];
  for (let k = at + 1; k < Math.min(ctx.words.length, at + 6); k += 1) {
    if (k > at + 1 && /[,;.]/u.test(ctx.gaps[k] ?? '')) break;
    const w = ctx.words[k];
    if (w === undefined || speechVerbs.has(w.norm)) break;
    if (!roleStop.has(w.norm)) parts.push(w.text);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

function makeRole(title: string, owner: string, entities: EntityIndex): Role {
  const canonical = titleAliases[title] ?? title;
  const key = canonical
    .split(' ')
    .map((w) => titleAliases[w] ?? w)
    .filter((w) => !roleStop.has(w))
    .sort()
    .join(' ');
  const listed = owner.trim() === '' ? null : findEntity(entities, owner);
  const qualifier = listed === null ? ownerKey(owner) : `entity:${listed.id}`;
  return { key, label: canonical, qualifier, qualifierLabel: owner.trim() };
}

/** Whose role: nationality words become countries ("Iraqi" → iraq), the rest is the folded name. */
function ownerKey(owner: string): string {
  const key = matchKey(owner);
  if (key === '') return '';
  const mapped = key
    .replace(/\bunited states\b/gu, 'us')
    .split(' ')
    .map((w) => nationalities[w] ?? w);
  // "United States (US)" → "us us" → "us".
  return mapped.filter((w, k) => w !== mapped[k - 1]).join(' ');
}
