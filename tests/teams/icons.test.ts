import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/teams/drawIcons';
import { writeTeamsIcons } from '../../scripts/teams/generateIcons';
import { crc32, encodePng } from '../../scripts/teams/pngEncoder';
import { decodePng, isPng, readPngHeader } from '../../src/domain/teams/pngImage';
import { tempDir } from '../helpers/fixtures';

const TEAMS_DIR = path.resolve(__dirname, '../../teams');

describe('Teams: the app icons', () => {
  let color: ReturnType<typeof drawColorIcon>;
  let outline: ReturnType<typeof drawOutlineIcon>;
  before(() => {
    color = drawColorIcon();
    outline = drawOutlineIcon();
  });

  it('the PNG encoder writes files the decoder reads back pixel for pixel', () => {
    const rgba = new Uint8Array(5 * 3 * 4).map((_, i) => (i * 37) % 256);
    const png = encodePng(5, 3, rgba);
    assert.ok(isPng(png));
    assert.deepEqual(readPngHeader(png), { width: 5, height: 3, bitDepth: 8, colorType: 6, interlaced: false });
    assert.deepEqual(decodePng(png).rgba, rgba);
  });

  it('every chunk carries a correct CRC-32', () => {
    assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926); // the standard check value
    const png = encodePng(2, 2, new Uint8Array(16));
    for (let at = 8; at < png.length;) {
      const length = png.readUInt32BE(at);
      assert.equal(png.readUInt32BE(at + 8 + length), crc32(png.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
  });

  it('the decoder undoes every PNG row filter (as other tools write them)', () => {
    const width = 4;
    const height = 5;
    const rgba = new Uint8Array(width * height * 4).map((_, i) => (i * 53 + 7) % 256);
    const png = pngWithFilters(width, height, rgba, [0, 1, 2, 3, 4]);
    assert.deepEqual(decodePng(png).rgba, rgba);
  });

  it('the committed icons are what the drawing script makes', () => {
    assert.deepEqual(decodePng(fs.readFileSync(path.join(TEAMS_DIR, 'color.png'))).rgba, color.rgba);
    assert.deepEqual(decodePng(fs.readFileSync(path.join(TEAMS_DIR, 'outline.png'))).rgba, outline.rgba);
  });

  it('the colour icon is 192x192 and fully opaque; the outline is 32x32, white on transparent, with a shape in it', () => {
    assert.equal(color.width, 192);
    assert.ok(color.rgba.every((v, i) => i % 4 !== 3 || v === 255));
    assert.equal(outline.width, 32);
    let drawn = 0;
    for (let i = 0; i < outline.rgba.length; i += 4) {
      if (outline.rgba[i + 3] === 0) continue;
      drawn++;
      assert.deepEqual([...outline.rgba.subarray(i, i + 3)], [255, 255, 255]);
    }
    assert.ok(drawn > 100 && drawn < 32 * 32 / 2, `a recognisable outline, not empty or solid (${drawn} pixels)`);
  });

  it('the generator writes both files', () => {
    const dir = tempDir('send-nav-icons-');
    const written = writeTeamsIcons(dir).map((f) => path.basename(f));
    assert.deepEqual(written, ['color.png', 'outline.png']);
    assert.equal(readPngHeader(fs.readFileSync(path.join(dir, 'color.png'))).width, 192);
  });
});

/** A PNG whose rows use the given filters (cycled): a reference for the decoder. */
function pngWithFilters(width: number, height: number, rgba: Uint8Array, filters: number[]): Buffer {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const filter = filters[y % filters.length];
    raw[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const cur = rgba[y * stride + x];
      const left = x >= 4 ? rgba[y * stride + x - 4] : 0;
      const up = y > 0 ? rgba[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= 4 ? rgba[(y - 1) * stride + x - 4] : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const predicted = [0, left, up, (left + up) >> 1, paeth()][filter];
      raw[y * (stride + 1) + 1 + x] = (cur - predicted + 256) & 0xff;
    }
  }
  // Re-use the encoder's chunk layout by swapping in this image data.
  const plain = encodePng(width, height, rgba);
  const idatAt = plain.indexOf('IDAT') - 4;
  const before = plain.subarray(0, idatAt);
  const data = zlib.deflateSync(raw);
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('IDAT', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return Buffer.concat([before, chunk, plain.subarray(plain.indexOf('IEND') - 4)]);
}
