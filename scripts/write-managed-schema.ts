/**
 * Writes public/managed-schema.json (the manifest's storage.managed_schema) from the settings
 * schema. Run after changing src/core/schema/settings-schema.ts; a unit test fails until then.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { managedSchema } from '../src/core/schema/managed-schema';

const path = resolve(import.meta.dirname, '../public/managed-schema.json');
writeFileSync(path, JSON.stringify(managedSchema(), null, 2) + '\n');
console.log(`wrote ${path}`);
