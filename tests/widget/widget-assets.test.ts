import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { distWidgetAssets } from "../../src/widget/widget-assets.js";
import { writeWidgetAssets } from "../../src/widget/build.js";

const directory = mkdtempSync(join(tmpdir(), "widget-dist-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("the Node asset provider", () => {
  it("reads what the build wrote: bodies, precompressed variants and hashes", async () => {
    const written = await writeWidgetAssets(directory);
    const provider = distWidgetAssets(pathToFileURL(`${directory}/`));
    for (const name of ["widget.js", "app.js", "app.css"] as const) {
      const asset = await provider.get(name);
      expect(asset?.hash).toBe(written[name].hash);
      expect(asset?.contentType).toBe(written[name].contentType);
      expect(Buffer.from(asset?.body ?? []).equals(Buffer.from(written[name].body))).toBe(true);
      expect(asset?.gzip?.length).toBe(written[name].gzip.length);
      expect(asset?.brotli?.length).toBe(written[name].brotli.length);
    }
  });
});
