/**
 * Draws the two Teams icons: a speech bubble (a chat) holding a compass needle (finding your
 * way). Shapes are signed distance functions in a unit square, sampled 4x4 times per pixel for
 * smooth edges. `color`: white bubble on the accent blue, a yellow and blue needle (192x192).
 * `outline`: a white bubble outline and needle on transparent (32x32), as Teams requires.
 */

export interface Image {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

type Point = readonly [number, number];
type Rgb = readonly [number, number, number];

export const ACCENT: Rgb = [0x1d, 0x5c, 0x8a];
const WHITE: Rgb = [255, 255, 255];
const NEEDLE_NORTH: Rgb = [0xf2, 0xa9, 0x00];

const SAMPLES = 4;

// ---- The shapes (unit square, y down) ----
const BUBBLE = { center: [0.5, 0.44] as Point, half: [0.32, 0.24] as Point, radius: 0.11 };
const TAIL: readonly [Point, Point, Point] = [[0.3, 0.6], [0.46, 0.6], [0.26, 0.82]];
const NEEDLE = (() => {
  const c = BUBBLE.center;
  const dir: Point = [Math.SQRT1_2, -Math.SQRT1_2]; // towards the top right
  const perp: Point = [Math.SQRT1_2, Math.SQRT1_2];
  const along = 0.17;
  const across = 0.06;
  const at = (a: number, b: number): Point => [c[0] + dir[0] * a + perp[0] * b, c[1] + dir[1] * a + perp[1] * b];
  const sideA = at(0, across);
  const sideB = at(0, -across);
  return {
    north: [at(along, 0), sideA, sideB] as const,
    south: [at(-along, 0), sideA, sideB] as const,
  };
})();
const OUTLINE_STROKE = 0.065;

export function drawColorIcon(size = 192): Image {
  return draw(size, (p) => {
    let colour: Rgb = ACCENT;
    if (bubble(p) <= 0) colour = WHITE;
    if (triangle(p, ...NEEDLE.north) <= 0) colour = NEEDLE_NORTH;
    if (triangle(p, ...NEEDLE.south) <= 0) colour = ACCENT;
    if (circle(p, BUBBLE.center, 0.025) <= 0) colour = WHITE;
    return { colour, alpha: 1 };
  });
}

export function drawOutlineIcon(size = 32): Image {
  return draw(size, (p) => {
    const d = bubble(p);
    const ring = d <= 0 && d >= -OUTLINE_STROKE;
    const needle = triangle(p, ...NEEDLE.north) <= 0 || triangle(p, ...NEEDLE.south) <= 0;
    return { colour: WHITE, alpha: ring || needle ? 1 : 0 };
  });
}

/** Supersamples `shade` over every pixel and averages colour (by coverage) and alpha. */
function draw(size: number, shade: (p: Point) => { colour: Rgb; alpha: number }): Image {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const s = shade([(x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size]);
          r += s.colour[0] * s.alpha;
          g += s.colour[1] * s.alpha;
          b += s.colour[2] * s.alpha;
          a += s.alpha;
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
      }
    }
  }
  return { width: size, height: size, rgba };
}

// ---- Signed distances: negative inside ----

function bubble(p: Point): number {
  return Math.min(roundBox(p, BUBBLE.center, BUBBLE.half, BUBBLE.radius), triangle(p, ...TAIL));
}

function roundBox(p: Point, c: Point, half: Point, r: number): number {
  const qx = Math.abs(p[0] - c[0]) - half[0] + r;
  const qy = Math.abs(p[1] - c[1]) - half[1] + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function circle(p: Point, c: Point, r: number): number {
  return Math.hypot(p[0] - c[0], p[1] - c[1]) - r;
}

/** Exact distance to a triangle (after Inigo Quilez's sdTriangle). */
function triangle(p: Point, a: Point, b: Point, c: Point): number {
  const e0: Point = [b[0] - a[0], b[1] - a[1]];
  const e1: Point = [c[0] - b[0], c[1] - b[1]];
  const e2: Point = [a[0] - c[0], a[1] - c[1]];
  const v0: Point = [p[0] - a[0], p[1] - a[1]];
  const v1: Point = [p[0] - b[0], p[1] - b[1]];
  const v2: Point = [p[0] - c[0], p[1] - c[1]];
  const closest = (v: Point, e: Point): Point => {
    const t = Math.min(Math.max((v[0] * e[0] + v[1] * e[1]) / (e[0] * e[0] + e[1] * e[1]), 0), 1);
    return [v[0] - e[0] * t, v[1] - e[1] * t];
  };
  const pq0 = closest(v0, e0);
  const pq1 = closest(v1, e1);
  const pq2 = closest(v2, e2);
  const s = Math.sign(e0[0] * e2[1] - e0[1] * e2[0]);
  const d0: Point = [pq0[0] * pq0[0] + pq0[1] * pq0[1], s * (v0[0] * e0[1] - v0[1] * e0[0])];
  const d1: Point = [pq1[0] * pq1[0] + pq1[1] * pq1[1], s * (v1[0] * e1[1] - v1[1] * e1[0])];
  const d2: Point = [pq2[0] * pq2[0] + pq2[1] * pq2[1], s * (v2[0] * e2[1] - v2[1] * e2[0])];
  const dist = Math.min(d0[0], d1[0], d2[0]);
  const side = Math.min(d0[1], d1[1], d2[1]);
  return -Math.sqrt(dist) * Math.sign(side);
}
