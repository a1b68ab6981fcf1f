import jsQR from 'jsqr';

/** Rasterises the rendered SVG path (rectangles of one module height) with its quiet zone, 4 px per module. */
function rasterise(svg: Element): { data: Uint8ClampedArray; width: number } {
  const size = Number(svg.getAttribute('data-qr-size'));
  const quiet = 4;
  const scale = 4;
  const width = (size + quiet * 2) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const match of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, run] = [Number(match[1]), Number(match[2]), Number(match[3])];
    for (let py = (y + quiet) * scale; py < (y + quiet + 1) * scale; py += 1) {
      for (let px = (x + quiet) * scale; px < (x + quiet + run) * scale; px += 1) {
        const i = (py * width + px) * 4;
        data[i] = 0;
        data[i + 1] = 0;
        data[i + 2] = 0;
      }
    }
  }
  return { data, width };
}

/** What a QR reader (jsQR) reads from a rendered `QrCode` SVG; undefined when it finds no code. */
export function decodeQrSvg(svg: Element): string | undefined {
  const { data, width } = rasterise(svg);
  return jsQR(data, width, width)?.data;
}
