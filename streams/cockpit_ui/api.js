// Talking to the worker: the key (read or operator) lives in sessionStorage only and travels as a bearer header.
const KEY = "vertice.key";

export const key = {
  get: () => sessionStorage.getItem(KEY) || "",
  set: (value) => (value ? sessionStorage.setItem(KEY, value) : sessionStorage.removeItem(KEY)),
};

// app.js sets this: called when a read is refused for want of a key (the worker requires a read key)
export const hooks = { locked: () => {} };

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function api(path, { method = "GET", body, action = false } = {}) {
  const secret = key.get();
  if (action && !secret) throw new ApiError(0, "refused: enter the operator key first (Key, top right)");
  const headers = { Accept: "application/json" };
  if (secret) headers.Authorization = `Bearer ${secret}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, { method, headers, cache: "no-store", credentials: "omit", redirect: "error",
                                   body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, "the worker is unreachable");
  }
  let doc = null;
  try {
    doc = await response.json();
  } catch {
    doc = null;
  }
  if (!response.ok) {
    const reason = doc && typeof doc.error === "string" ? doc.error : response.statusText;
    const refused = response.status === 401 || response.status === 403;
    if (response.status === 401 && !action) hooks.locked();
    throw new ApiError(response.status, `${refused ? "refused" : "failed"} (${response.status}): ${reason}`);
  }
  return doc;
}
