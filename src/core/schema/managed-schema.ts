/**
 * The enterprise-policy schema that Chrome requires in the manifest (`storage.managed_schema`),
 * generated from the settings schema so the two cannot drift: the same sections and fields, each
 * with its JSON type, enums and bounds. Chrome validates policy against it (a subset of JSON
 * Schema draft 3: no null, no tuples, no additionalProperties at the top level); the meaning of
 * values (real time zones, non-empty weeks) is checked again by the settings schema on arrival.
 * Firefox needs no schema and reads the same fields from policies.json "3rdparty".
 */
import { SECTION_SCHEMAS } from './settings-schema';

export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
}

interface Node {
  type: string;
  kind: string;
  entries?: Record<string, Node>;
  item?: Node;
  items?: Node[];
  wrapped?: Node;
  options?: unknown[];
  literal?: unknown;
  pipe?: Node[];
  requirement?: unknown;
}

function fromValibot(node: Node): ChromeSchema {
  switch (node.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
      return fromValibot(node.wrapped!);
    case 'object':
    case 'strict_object':
    case 'loose_object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(node.entries ?? {}).map(([k, n]) => [k, fromValibot(n)])),
      };
    case 'array':
      return { type: 'array', items: fromValibot(node.item!) };
    // Chrome's schemas have no tuples: a [start, end] pair is a list of strings.
    case 'tuple':
      return { type: 'array', items: fromValibot(node.items![0]!) };
    // A tagged union (a reminder's trigger): one object with every option's fields.
    case 'variant': {
      const properties: Record<string, ChromeSchema> = {};
      for (const option of node.options as Node[]) Object.assign(properties, fromValibot(option).properties);
      return { type: 'object', properties };
    }
    case 'picklist':
      return { type: 'string', enum: node.options as string[] };
    case 'literal':
      return { type: typeof node.literal === 'number' ? 'integer' : 'string', enum: [node.literal as string] };
    case 'boolean':
      return { type: 'boolean' };
    // No `pattern`: Chrome reads it as RE2, which lacks the look-aheads our patterns use; the
    // settings schema checks the text again when the policy arrives.
    case 'string':
      return { type: 'string' };
    case 'number': {
      const integer = node.pipe?.some((a) => a.type === 'integer');
      const out: ChromeSchema = { type: integer ? 'integer' : 'number' };
      // Chrome knows ranges for integers only.
      if (integer) for (const a of node.pipe ?? []) {
        if (a.type === 'min_value' && typeof a.requirement === 'number') out.minimum = a.requirement;
        if (a.type === 'max_value' && typeof a.requirement === 'number') out.maximum = a.requirement;
      }
      return out;
    }
    default:
      throw new Error(`no policy schema for a valibot ${node.type}`);
  }
}

/** The whole managed-storage schema: one top-level policy per settings section. */
export function managedSchema(): ChromeSchema {
  const properties: Record<string, ChromeSchema> = {};
  for (const [section, schema] of Object.entries(SECTION_SCHEMAS)) {
    properties[section] = { ...fromValibot(schema as unknown as Node), title: `settings.${section}`, description: `Overrides settings.${section} for every user; each field set here is locked in the options page.` };
  }
  return { type: 'object', properties };
}
