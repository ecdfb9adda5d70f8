/**
 * The headless browser of the browser tests, from npm alone: the Chromium build that `@sparticuz/chromium` ships
 * inside its package (pinned at 143.0.4, the last release for Node 20), driven by playwright-core, with a Chinese
 * font from `@expo-google-fonts/noto-sans-sc` (OFL TrueType files). Nothing outside `npm install` is needed: no
 * system browser, no apt, no system fonts (TOOLCHAIN §2.2b).
 *
 * Fonts: the packaged Chromium finds fonts through fontconfig. It is given a fonts.conf of its own that lists
 * only Noto Sans SC (regular and bold) and the Open Sans that `@sparticuz/chromium` unpacks, so a page renders
 * the same on every machine whatever fonts the host has. WOFF files (the `@fontsource` packages) do not work:
 * fontconfig does not read them.
 */
import chromiumPack from '@sparticuz/chromium';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * @sparticuz/chromium's flags are for AWS Lambda: single-process, in-process GPU and SwiftShader WebGL made the
 * browser die with SIGTRAP in GPU start-up on most runs here, so those are dropped and the GPU is off.
 */
const DROPPED = /use-gl|use-angle|in-process-gpu|swiftshader|single-process/;

/**
 * This workplace's machines have no network but the package registries: without these flags Chromium keeps
 * trying (and failing) to reach Google's services at start-up and in the background.
 */
const QUIET = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const require = createRequire(import.meta.url);

/** The fontconfig file: Noto Sans SC from npm and the Open Sans that the Chromium package unpacks. */
function fontConfig(dir: string): string {
  const noto = dirname(require.resolve('@expo-google-fonts/noto-sans-sc'));
  const file = join(dir, 'fonts.conf');
  mkdirSync(join(dir, 'cache'), { recursive: true });
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(noto, '400Regular')}</dir>
  <dir>${join(noto, '700Bold')}</dir>
  <dir>${join(tmpdir(), 'fonts')}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
  <alias><family>sans-serif</family><prefer><family>Noto Sans SC</family></prefer></alias>
  <alias><family>serif</family><prefer><family>Noto Sans SC</family></prefer></alias>
</fontconfig>
`,
  );
  return file;
}

/** A launched browser; `close()` also removes its temporary files. */
export interface TestBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium. Each launch gets a fresh, empty profile (playwright's `launch` makes a new
 * user-data-dir every time and refuses a `--user-data-dir` flag) and a fresh font cache. The first launch on a
 * machine unpacks the browser into the temp directory (about 2 s).
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'zz-browser-'));
  const executablePath = await chromiumPack.executablePath();
  const args = chromiumPack.args.filter((a) => !DROPPED.test(a)).concat(['--disable-gpu', ...QUIET]);
  const browser = await chromium.launch({
    executablePath,
    args,
    headless: true,
    env: { ...process.env, FONTCONFIG_FILE: fontConfig(dir) },
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Whether the page draws Chinese characters with real glyphs: two different characters drawn on a canvas must
 * give different pixels. Without a Chinese font both come out as the same empty box (or as nothing), and this
 * returns false.
 */
export async function rendersChinese(page: Page): Promise<boolean> {
  // A string, not a function: runners that keep function names (tsx) would add a helper the page does not have.
  return page.evaluate(`(() => {
    const draw = (ch) => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 64, 64);
      ctx.fillStyle = '#000';
      ctx.font = '48px sans-serif';
      ctx.fillText(ch, 8, 52);
      return canvas.toDataURL();
    };
    const blank = draw('');
    const a = draw('郑');
    const b = draw('州');
    return a !== b && a !== blank && b !== blank;
  })()`);
}
