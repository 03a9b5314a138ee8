import zlib from 'node:zlib';

/**
 * Reads the PNG files in the Teams app package: their size from the header (Teams insists on
 * 192x192 and 32x32) and their pixels, to check the outline icon is white on transparent.
 * Only what the package needs: 8-bit RGB or RGBA, not interlaced.
 */

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 2: RGB, 6: RGBA (others exist; the package does not use them). */
  readonly colorType: number;
  readonly interlaced: boolean;
}

export interface PngPixels {
  readonly width: number;
  readonly height: number;
  /** Four bytes a pixel, row by row: red, green, blue, alpha. */
  readonly rgba: Uint8Array;
}

export function isPng(data: Uint8Array): boolean {
  return data.length >= 33 && Buffer.from(data.subarray(0, 8)).equals(PNG_SIGNATURE);
}

/** The IHDR chunk, which the format requires to come first. Throws if this is not a PNG. */
export function readPngHeader(data: Uint8Array): PngHeader {
  if (!isPng(data)) throw new Error('not a PNG file');
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG file without an IHDR chunk first');
  return {
    width: buf.readUInt32BE(16),
    height: buf.readUInt32BE(20),
    bitDepth: buf[24],
    colorType: buf[25],
    interlaced: buf[28] === 1,
  };
}

/** Decodes the pixels of an 8-bit RGB or RGBA, non-interlaced PNG (all five row filters). */
export function decodePng(data: Uint8Array): PngPixels {
  const header = readPngHeader(data);
  if (header.bitDepth !== 8 || (header.colorType !== 2 && header.colorType !== 6) || header.interlaced) {
    throw new Error(`unsupported PNG: bit depth ${header.bitDepth}, colour type ${header.colorType}${header.interlaced ? ', interlaced' : ''}`);
  }
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const channels = header.colorType === 6 ? 4 : 3;
  const stride = header.width * channels;
  if (raw.length < (stride + 1) * header.height) throw new Error('PNG image data is too short');

  const pixels = new Uint8Array(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[row + x - channels] : 0;
      const up = y > 0 ? pixels[row - stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[row - stride + x - channels] : 0;
      pixels[row + x] = (line[x] + predictor(filter, left, up, upLeft)) & 0xff;
    }
  }
  if (channels === 4) return { width: header.width, height: header.height, rgba: pixels };
  const rgba = new Uint8Array(header.width * header.height * 4);
  for (let i = 0, j = 0; i < pixels.length; i += 3, j += 4) {
    rgba[j] = pixels[i];
    rgba[j + 1] = pixels[i + 1];
    rgba[j + 2] = pixels[i + 2];
    rgba[j + 3] = 255;
  }
  return { width: header.width, height: header.height, rgba };
}

function predictor(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0: return 0;
    case 1: return left;
    case 2: return up;
    case 3: return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const pa = Math.abs(p - left);
      const pb = Math.abs(p - up);
      const pc = Math.abs(p - upLeft);
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default: throw new Error(`unknown PNG row filter ${filter}`);
  }
}
