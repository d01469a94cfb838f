// Builds the unpacked extension for Chrome (dist/chrome) and Firefox (dist/firefox).
import { build } from 'vite';

for (const mode of ['chrome', 'firefox']) {
  await build({ mode, logLevel: 'warn' });
  console.log(`built dist/${mode}`);
}
