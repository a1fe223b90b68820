import type { Locator, Page } from "@playwright/test";

/** How the journey is driven: pointer and fill (the usual), or the keyboard alone. */
export type Driver = {
  fill: (field: Locator, text: string) => Promise<void>;
  check: (box: Locator) => Promise<void>;
  choose: (group: Locator, option: string | RegExp) => Promise<void>;
  press: (button: Locator) => Promise<void>;
};

export const pointerDriver: Driver = {
  fill: (field, text) => field.fill(text),
  check: (box) => box.check(),
  choose: (group, option) => group.getByLabel(option, { exact: typeof option === "string" }).check(),
  press: (button) => button.click(),
};

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab (forwards) until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 200; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Could not reach ${target} with the Tab key`);
}

export function keyboardDriver(page: Page): Driver {
  return {
    async fill(field, text) {
      await tabTo(page, field);
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.press("Delete");
      await page.keyboard.insertText(text);
    },
    async check(box) {
      await tabTo(page, box);
      if (!(await box.isChecked())) await page.keyboard.press("Space");
    },
    async choose(group, option) {
      // Tab lands on the group's checked radio, or its first; arrows move and select.
      const radios = group.getByRole("radio");
      const target = group.getByLabel(option, { exact: typeof option === "string" });
      const count = await radios.count();
      for (let index = 0; index < count; index += 1) {
        const radio = radios.nth(index);
        if (await radio.isChecked()) {
          await tabTo(page, radio);
          break;
        }
        if (index === count - 1) await tabTo(page, radios.first());
      }
      if (!(await radios.evaluateAll((elements) => elements.some((element) => element === document.activeElement)))) {
        await tabTo(page, radios.first());
      }
      for (let moves = 0; moves <= count; moves += 1) {
        if (await isFocused(target)) break;
        await page.keyboard.press("ArrowDown");
      }
      if (!(await target.isChecked())) await page.keyboard.press("Space");
    },
    async press(button) {
      await tabTo(page, button);
      await page.keyboard.press("Enter");
    },
  };
}
