import type { Browser, Page } from "playwright-core";
import { Projection, toScreen, toWorld, type Point } from "../../adapters/console/web/map-geometry.ts";

/** Where the page's map draws a longitude and latitude, in page pixels (read from what the map says it shows). */
export async function mapPoint(page: Page, lon: number, lat: number): Promise<Point> {
  const { projection, scale, centre, box } = await mapState(page);
  const p = new Projection(projection[0], projection[1]);
  const c = p.project(centre[0], centre[1]);
  const w = p.project(lon, lat);
  const s = toScreen({ cx: c.x, cy: c.y, scale }, { width: box.width, height: box.height }, w.x, w.y);
  return { x: box.x + s.x, y: box.y + s.y };
}

/** The longitude and latitude the page's map shows at a page pixel. */
export async function pointUnder(page: Page, at: Point): Promise<{ lon: number; lat: number }> {
  const { projection, scale, centre, box } = await mapState(page);
  const p = new Projection(projection[0], projection[1]);
  const c = p.project(centre[0], centre[1]);
  const size = { width: box.width, height: box.height };
  const w = toWorld({ cx: c.x, cy: c.y, scale }, size, at.x - box.x, at.y - box.y);
  return p.unproject(w.x, w.y);
}

/** The map's view as it exposes it: projection origin, pixels per metre, centre, and where it is on the page. */
export async function mapState(page: Page) {
  const map = page.locator("#map");
  const [projection, scale, centre] = await Promise.all(
    ["data-projection", "data-scale", "data-centre"].map((a) => map.getAttribute(a)),
  );
  const box = await map.boundingBox();
  if (projection == null || scale == null || centre == null || box === null)
    throw new Error("the map has not drawn yet");
  const pair = (s: string) => s.split(",").map(Number) as [number, number];
  return { projection: pair(projection), scale: Number(scale), centre: pair(centre), box };
}

/**
 * The colours of the pixels in a square around a page point, read from a real screenshot
 * (decoded by the browser in a blank page of its own, outside the console's content policy).
 */
export async function pixelsAround(
  browser: Browser,
  page: Page,
  at: Point,
  radius: number,
): Promise<string[]> {
  const png = (await page.screenshot()).toString("base64");
  const probe = await browser.newPage();
  try {
    return await probe.evaluate(
      async ({ png, x, y, radius }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
        ctx.drawImage(img, 0, 0);
        const size = 2 * radius + 1;
        const data = ctx.getImageData(Math.round(x) - radius, Math.round(y) - radius, size, size).data;
        const out: string[] = [];
        for (let i = 0; i < data.length; i += 4)
          out.push(
            `#${[data[i], data[i + 1], data[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, "0")).join("")}`,
          );
        return out;
      },
      { png, x: at.x, y: at.y, radius },
    );
  } finally {
    await probe.close();
  }
}

/** The share of pixels of exactly this colour. */
export function share(pixels: readonly string[], colour: string): number {
  return pixels.filter((p) => p === colour).length / Math.max(1, pixels.length);
}
