// Draws the add-in's icons (assets/icon-{16,32,64,80}.png): a rising bar chart under a target line.
// Run `node scripts/make-icons.mjs` after changing the design; the PNGs are committed.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x / size, y / size), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const GREEN = [16, 124, 65, 255]; // Excel green
const WHITE = [255, 255, 255, 255];
const GOLD = [255, 196, 0, 255];
const CLEAR = [0, 0, 0, 0];
const BARS = [
  { x0: 0.2, x1: 0.36, top: 0.62 },
  { x0: 0.42, x1: 0.58, top: 0.48 },
  { x0: 0.64, x1: 0.8, top: 0.34 },
];

function pixel(x, y) {
  const r = 0.16; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  if (y > 0.2 && y < 0.26 && x > 0.14 && x < 0.86) return GOLD; // the target line
  for (const bar of BARS) if (x >= bar.x0 && x < bar.x1 && y >= bar.top && y < 0.82) return WHITE;
  return GREEN;
}

for (const size of [16, 32, 64, 80]) writeFileSync(`assets/icon-${size}.png`, png(size, pixel));
console.log("wrote assets/icon-{16,32,64,80}.png");
