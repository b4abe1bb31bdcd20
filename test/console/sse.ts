import { ConsoleModel } from "../../adapters/console/web/model.ts";
import type { StreamMessages } from "../../adapters/console/web/protocol.ts";

type Message = { [K in keyof StreamMessages]: { name: K; data: StreamMessages[K] } }[keyof StreamMessages];

/**
 * A page's stream as a test reads it: server-sent events from /api/events parsed with fetch,
 * applied to a ConsoleModel the way the page applies them.
 */
export class TestPage {
  readonly model = new ConsoleModel();
  readonly messages: Message[] = [];
  /** Outputs the model refused as not newer than what it held: the gateway should send none. */
  repeats = 0;
  private readonly abort = new AbortController();
  readonly done: Promise<void>;

  /** `cookie`: the session (see login.ts); the event stream needs one. */
  constructor(
    url: string,
    private readonly cookie: string,
  ) {
    this.done = this.read(new URL("api/events", url).toString()).catch((error: unknown) => {
      if (!this.abort.signal.aborted) throw error;
    });
  }

  snapshots(): number {
    return this.messages.filter((m) => m.name === "snapshot").length;
  }

  close(): void {
    this.abort.abort();
  }

  private async read(url: string): Promise<void> {
    const response = await fetch(url, { signal: this.abort.signal, headers: { Cookie: this.cookie } });
    if (response.body === null) throw new Error("no event stream body");
    const decoder = new TextDecoder();
    let text = "";
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = text.indexOf("\n\n")) >= 0) {
        this.handle(text.slice(0, end));
        text = text.slice(end + 2);
      }
    }
  }

  private handle(block: string): void {
    let name = "message";
    let data = "";
    for (const line of block.split("\n")) {
      if (line.startsWith("event: ")) name = line.slice(7);
      else if (line.startsWith("data: ")) data += line.slice(6);
    }
    if (data === "") return;
    const message = { name, data: JSON.parse(data) as unknown } as Message;
    this.messages.push(message);
    if (message.name === "snapshot") this.model.load(message.data.state);
    if (message.name === "outputs") for (const o of message.data) if (!this.model.apply(o)) this.repeats++;
  }
}
