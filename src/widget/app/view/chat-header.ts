import type { FrameConfig } from "../../shared/frame-config.js";
import { initialsOf } from "../../shared/initials.js";
import { h, icon, icons } from "./dom.js";

// The frame's header: the clinic's logo (or initials) and name first, then a menu holding the
// conversation's housekeeping (print, keep on this device, start over, delete) and the close
// button. The menu is a disclosure of plain buttons: Tab moves through it, Escape closes it.

export interface HeaderHandlers {
  printSummary(): void;
  setKeep(keep: boolean): void;
  askStartOver(): void;
  askDelete(): void;
  close(): void;
}

function avatar(config: FrameConfig): HTMLElement {
  const initials = h("span", { className: "avatar", "aria-hidden": "true" }, initialsOf(config.name));
  if (!config.logoUrl) return initials;
  const logo = h("img", { className: "avatar", src: config.logoUrl, alt: "" });
  logo.addEventListener("error", () => logo.replaceWith(initials));
  return logo;
}

export class ChatHeader {
  readonly element: HTMLElement;
  readonly menuButton: HTMLButtonElement;
  readonly keepBox = h("input", { type: "checkbox", id: "menu-keep" });
  private readonly menu: HTMLElement;
  private readonly printItem: HTMLButtonElement;

  constructor(config: FrameConfig, handlers: HeaderHandlers, embedded: boolean) {
    const item = (label: string, svg: string, onClick: () => void, className = "") =>
      h(
        "button",
        { type: "button", className: `menu-item ${className}`, onClick: () => (this.toggle(false), onClick()) },
        icon(svg),
        label,
      );
    this.printItem = item("Print or save my summary", icons.print, () => handlers.printSummary());
    this.keepBox.addEventListener("change", () => handlers.setKeep(this.keepBox.checked));
    this.menu = h(
      "div",
      { className: "menu", id: "chat-menu", hidden: true },
      this.printItem,
      h(
        "div",
        { className: "menu-item menu-check" },
        this.keepBox,
        h(
          "label",
          { for: "menu-keep" },
          "Keep this chat on this device",
          h("span", { className: "menu-hint" }, "Come back to it in a new tab or tomorrow"),
        ),
      ),
      item("Start over", icons.restart, () => handlers.askStartOver()),
      item("Delete my chat", icons.trash, () => handlers.askDelete(), "menu-danger"),
    );
    this.menuButton = h(
      "button",
      {
        type: "button",
        className: "icon-button",
        "aria-label": "Chat options",
        "aria-expanded": "false",
        "aria-controls": "chat-menu",
        onClick: () => this.toggle(this.menu.hidden),
      },
      icon(icons.more),
    );
    const menuWrap = h("div", { className: "menu-wrap" }, this.menuButton, this.menu);
    // Tabbing out of the menu closes it, as a click elsewhere does.
    menuWrap.addEventListener("focusout", (event) => {
      if (!this.menu.hidden && event.relatedTarget instanceof Node && !menuWrap.contains(event.relatedTarget))
        this.toggle(false);
    });
    this.element = h(
      "header",
      { className: "top" },
      avatar(config),
      h("div", { className: "title" }, h("h1", {}, config.name), h("p", {}, "Knee pain assistant")),
      menuWrap,
      embedded
        ? h(
            "button",
            { type: "button", className: "icon-button", "aria-label": "Close chat", onClick: () => handlers.close() },
            icon(icons.close),
          )
        : null,
    );
    this.element.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || this.menu.hidden) return;
      // Escape closes the menu, not the whole chat.
      event.stopPropagation();
      this.toggle(false);
      this.menuButton.focus();
    });
    document.addEventListener("click", (event) => {
      if (!this.menu.hidden && !(event.target instanceof Node && menuWrap.contains(event.target))) this.toggle(false);
    });
  }

  private toggle(open: boolean): void {
    this.menu.hidden = !open;
    this.menuButton.setAttribute("aria-expanded", String(open));
    if (open) this.menu.querySelector<HTMLElement>("button:not([hidden]), input")?.focus();
  }

  update(state: { canPrint: boolean; keep: boolean }): void {
    this.printItem.hidden = !state.canPrint;
    this.keepBox.checked = state.keep;
  }
}
