/**
 * The shape of `/data/alignment.json`, checked at build time: sentence
 * groups per event, each member a sentence of one article's paragraph.
 * Beyond the shape, `checkAlignment` checks what a schema cannot: each
 * member's text is in its paragraph, a sentence is in one group only, and
 * a group's members all report the event it is filed under.
 */
import { z } from 'astro/zod';

const id = z.string().min(1);

const alignmentMemberSchema = z.strictObject({
  outlet: id,
  article: id,
  paragraph: id,
  text: z.string().min(1),
});

const alignmentGroupSchema = z.strictObject({
  id,
  label: z.string().min(1).nullable(),
  members: z.array(alignmentMemberSchema).min(2),
});

export const alignmentSchema = z.strictObject({
  version: z.literal(1),
  events: z.array(
    z.strictObject({
      event: id,
      groups: z.array(alignmentGroupSchema),
    }),
  ),
});

export type AlignmentData = z.infer<typeof alignmentSchema>;

export interface AlignmentSource {
  /** article id → its event and its paragraphs' texts by id. */
  articles: ReadonlyMap<string, { outlet: string; event: string; paragraphs: ReadonlyMap<string, string> }>;
}

/**
 * Validates an alignment against the schema and the articles it came from.
 * Returns one message per problem, each naming the event, the group and the field.
 */
export function checkAlignment(value: unknown, source: AlignmentSource): string[] {
  const parsed = alignmentSchema.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const events = new Set<string>();
  for (const e of parsed.data.events) {
    if (events.has(e.event)) problems.push(`event ${e.event}: is listed twice`);
    events.add(e.event);
    const ids = new Set<string>();
    for (const g of e.groups) {
      const where = `event ${e.event}: group ${g.id}`;
      if (ids.has(g.id)) problems.push(`${where}: id is used twice in the event`);
      ids.add(g.id);
      if (new Set(g.members.map((m) => m.outlet)).size < 2) problems.push(`${where}: members: come from one outlet; a group needs two`);
      for (const m of g.members) {
        const article = source.articles.get(m.article);
        if (!article) {
          problems.push(`${where}: article "${m.article}" is not an article`);
          continue;
        }
        if (article.outlet !== m.outlet) problems.push(`${where}: article "${m.article}" is by ${article.outlet}, not ${m.outlet}`);
        if (article.event !== e.event) problems.push(`${where}: article "${m.article}" reports ${article.event}, not ${e.event}`);
        const paragraph = article.paragraphs.get(m.paragraph);
        if (paragraph === undefined) problems.push(`${where}: paragraph "${m.paragraph}" is not in ${m.article}`);
        else if (!paragraph.includes(m.text)) problems.push(`${where}: "${m.text.slice(0, 60)}" is not in ${m.article}#${m.paragraph}`);
        const key = `${m.article}#${m.paragraph}:${m.text}`;
        const other = seen.get(key);
        if (other) problems.push(`${where}: "${m.text.slice(0, 60)}" is already in ${other}`);
        seen.set(key, `${e.event}/${g.id}`);
      }
    }
  }
  return problems;
}
