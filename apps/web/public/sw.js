// 惠农 service worker, hand-written. Registered in production builds only (src/main.tsx).
// Install: cache every file the build lists in asset-manifest.json (lazily loaded chunks too).
// Fetch: built assets are hashed, so cache-first; page navigations go to the network first and
// fall back to the cached index.html, so that after the first visit the app works offline.
const PREFIX = 'huinong-';
const scope = new URL(self.registration.scope);

async function currentManifest() {
  const res = await fetch(new URL('asset-manifest.json', scope), { cache: 'no-store' });
  if (!res.ok) throw new Error(`asset-manifest.json: ${res.status}`);
  return res.json();
}

/** Caches every file of the build named by the manifest, under the manifest's version. */
async function precache(manifest) {
  const name = PREFIX + manifest.version;
  if ((await caches.keys()).includes(name)) return;
  const cache = await caches.open(name);
  await cache.addAll(manifest.files.map((f) => new URL(f, scope).href));
  await cache.put(new URL('asset-manifest.json', scope).href, new Response(JSON.stringify(manifest)));
}

/** Keeps the two newest builds: a page still running the previous one can load its chunks. */
async function prune() {
  const ours = (await caches.keys()).filter((n) => n.startsWith(PREFIX));
  await Promise.all(ours.slice(0, -2).map((n) => caches.delete(n)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await precache(await currentManifest());
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await prune();
      await self.clients.claim();
    })(),
  );
});

// sw.js does not change between builds, so a new build is found by its manifest on each visit
async function refresh() {
  try {
    await precache(await currentManifest());
    await prune();
  } catch {
    // offline or a partial deploy: keep what is cached
  }
}

async function fromCache(request) {
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX)).reverse();
  for (const name of names) {
    // ignoreVary: the preview server varies on Origin, and module scripts are fetched with one
    const hit = await (await caches.open(name)).match(request, { ignoreSearch: true, ignoreVary: true });
    if (hit) return hit;
  }
  return undefined;
}

async function remember(request, response) {
  if (!response.ok || response.type === 'opaque') return;
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX));
  const name = names.at(-1) ?? `${PREFIX}runtime`;
  await (await caches.open(name)).put(request, response);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;

  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        try {
          const response = await fetch(request);
          event.waitUntil(
            Promise.all([remember(new URL('index.html', scope).href, response.clone()), refresh()]),
          );
          return response;
        } catch {
          return (await fromCache(new URL('index.html', scope).href)) ?? Response.error();
        }
      })(),
    );
    return;
  }

  event.respondWith(
    (async () => {
      const hit = await fromCache(request);
      if (hit) return hit;
      const response = await fetch(request);
      event.waitUntil(remember(request, response.clone()));
      return response;
    })(),
  );
});
