import { key } from "./api.js";

// The live verdict feed over /ws/verdicts, reconnecting with ?since= the newest verdict seen.
const STEPS_S = [0.5, 1, 2, 3, 5];

export class Feed {
  constructor({ onVerdict, onState, onOpen }) {
    this.onVerdict = onVerdict;
    this.onState = onState;
    this.onOpen = onOpen;
    this.since = 0;
    this.failures = 0;
    this.socket = null;
  }

  connect() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const query = this.since ? `?since=${encodeURIComponent(this.since)}` : "";
    // a browser cannot set headers on a WebSocket: the key travels as a "bearer.<key>" subprotocol, never in the URL
    const secret = key.get();
    const socket = new WebSocket(`${scheme}//${location.host}/ws/verdicts${query}`,
                                 secret ? ["vertice", `bearer.${secret}`] : ["vertice"]);
    this.socket = socket;
    let opened = false;
    socket.addEventListener("open", () => {
      opened = true;
      this.failures = 0;
      this.onState("connected", "Connected: live verdicts");
      this.onOpen();
    });
    socket.addEventListener("message", (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message && message.type === "verdict" && message.data && typeof message.data.verdict_id === "string") {
        if (typeof message.data.ts === "number") this.since = Math.max(this.since, message.data.ts);
        this.onVerdict(message.data);
      }
    });
    socket.addEventListener("close", () => {
      if (socket !== this.socket) return; // replaced by restart()
      if (!opened) this.failures += 1;
      const wait = STEPS_S[Math.min(this.failures, STEPS_S.length - 1)];
      if (opened || this.failures <= 2) {
        this.onState(opened ? "lost" : "reconnecting",
                     opened ? "Connection lost: reconnecting…" : `Reconnecting… (attempt ${this.failures + 1})`);
      } else {
        this.onState("lost", `Connection lost: retrying every ${wait} s (attempt ${this.failures + 1})`);
      }
      this.timer = setTimeout(() => this.connect(), wait * 1000);
    });
  }

  // A new key: drop the current socket (or the wait for the next try) and connect again at once.
  restart() {
    clearTimeout(this.timer);
    const old = this.socket;
    this.socket = null;
    old?.close();
    this.failures = 0;
    this.connect();
  }
}
