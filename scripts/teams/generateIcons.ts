import fs from 'node:fs';
import path from 'node:path';
import { drawColorIcon, drawOutlineIcon } from './drawIcons';
import { encodePng } from './pngEncoder';

/**
 * Writes teams/color.png (192x192) and teams/outline.png (32x32). The PNGs are committed;
 * run this again only to change the design: `npx tsx scripts/teams/generateIcons.ts`.
 */

export const TEAMS_DIR = path.resolve(__dirname, '../../teams');

export function writeTeamsIcons(dir = TEAMS_DIR): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, image] of [['color.png', drawColorIcon()], ['outline.png', drawOutlineIcon()]] as const) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, encodePng(image.width, image.height, image.rgba));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  for (const file of writeTeamsIcons()) process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
