/// <reference lib="dom" />
import { esc } from "./format.ts";

/**
 * A text field with a list of suggestions under it, as the operator types: ↓/↑ move through
 * them, Enter or a click takes one, Escape closes the list. Suggestions may come late (from the
 * server): an answer to anything but the latest text is dropped.
 */
export class TypeAhead<T> {
  private items: readonly T[] = [];
  private active = -1;
  private asked = 0;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly source: (text: string) => readonly T[] | Promise<readonly T[]>,
    private readonly render: (item: T) => string,
    private readonly onChoose: (item: T) => void,
  ) {
    input.addEventListener("input", () => void this.suggest());
    input.addEventListener("focus", () => void this.suggest());
    input.addEventListener("keydown", (e) => this.onKey(e));
    input.addEventListener("blur", () => this.hide());
    // On press, before the field's blur hides the list.
    list.addEventListener("mousedown", (e) => {
      const li = (e.target as Element).closest("li[data-index]");
      if (li === null) return;
      e.preventDefault();
      this.choose(Number(li.getAttribute("data-index")));
    });
  }

  /** Whether the list is showing suggestions. */
  get open(): boolean {
    return !this.list.hidden;
  }

  hide(): void {
    this.asked++;
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }

  private async suggest(): Promise<void> {
    const ask = ++this.asked;
    const text = this.input.value;
    let items: readonly T[];
    try {
      items = await this.source(text);
    } catch {
      items = [];
    }
    if (ask !== this.asked || document.activeElement !== this.input) return;
    this.items = items;
    this.active = items.length > 0 ? 0 : -1;
    this.draw();
  }

  private draw(): void {
    this.list.innerHTML = this.items
      .map(
        (item, i) =>
          `<li role="option" data-index="${i}" aria-selected="${i === this.active}"${i === this.active ? ' class="active"' : ""}>${this.render(item)}</li>`,
      )
      .join("");
    this.list.hidden = this.items.length === 0;
    this.input.setAttribute("aria-expanded", String(!this.list.hidden));
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.open) return;
    const n = this.items.length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      this.active = (this.active + (e.key === "ArrowDown" ? 1 : n - 1)) % n;
      this.draw();
    } else if (e.key === "Enter" || e.key === "Tab") {
      if (this.active < 0) return;
      // Enter takes the suggestion instead of sending the form; Tab takes it and moves on.
      if (e.key === "Enter") e.preventDefault();
      this.choose(this.active);
    } else if (e.key === "Escape") {
      e.stopPropagation();
      this.hide();
    }
  }

  private choose(index: number): void {
    const item = this.items[index];
    this.hide();
    if (item !== undefined) this.onChoose(item);
  }
}

/** Text with the parts that match the typed words in bold (escaped for HTML). */
export function highlighted(text: string, typed: string): string {
  const words = typed
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  return text
    .split(/(\s+)/)
    .map((part) => {
      const lower = part.toLowerCase();
      const w = words.find((word) => lower.startsWith(word));
      return w === undefined
        ? esc(part)
        : `<b>${esc(part.slice(0, w.length))}</b>${esc(part.slice(w.length))}`;
    })
    .join("");
}
