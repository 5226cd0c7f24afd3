// The comment form blogs put under an article ("Leave a Reply", "Your email address will not
// be published"), plus its field labels, which are only noise once a form has started.

import type { NoiseFlags, NoiseRule } from './noise-rule.ts';

// Sentences that only ever appear as comment-form text.
const FORM_TEXT: readonly RegExp[] = [
  /^(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)\b.{0,30}$/i,
  /^cancel reply$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^save my name,? email,? and website in this browser\b/i,
  /^notify me of (?:follow-?up comments|new posts|new comments|replies)\b/i,
  /^you must be (?:logged|signed) in to (?:post|leave) a comment\b/i,
  /^(?:post|submit) comment$/i,
  /^\d+ (?:comments?|responses?|replies)$/i,
  /^(?:no comments yet|be the first to comment)\b.{0,40}$/i,
  /^this site uses akismet to reduce spam\b/i,
];

// Field labels of the form itself; ordinary words elsewhere, so flagged only inside a form.
const FORM_FIELD = /^(?:comment|comments|name|email|e-mail|website|url|message|submit|reply|\*|δ|Δ)\s*(?:\*|\(required\))?\s*:?$/i;

// How far a form's field labels may sit from the last form sentence.
const FORM_REACH = 8;

export function isCommentFormText(line: string): boolean {
  return FORM_TEXT.some((pattern) => pattern.test(line));
}

export const commentFormRule: NoiseRule = ({ lines, skip }) => {
  const flags: NoiseFlags = new Map();
  let lastFormLine = -Infinity;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || skip.has(index)) return;
    if (isCommentFormText(line)) {
      flags.set(index, 'comment form');
      lastFormLine = index;
    } else if (index - lastFormLine <= FORM_REACH && FORM_FIELD.test(line)) {
      flags.set(index, 'comment form');
      lastFormLine = index;
    }
  });
  return flags;
};
