"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";
import { useLocalizedHref } from "@/lib/i18n/use-locale";

type IntentLinkProps = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * A link that fetches its page when the member reaches for it (pointer over it,
 * finger down on it, keyboard focus on it), not as soon as it is on screen.
 * Next prefetches every visible link by default: on "Check your answers" that
 * is a dozen requests, each parsed while the page is still starting, which a
 * slow phone feels as a page that does not answer taps.
 *
 * An app path stays in the page's language ("/request/plan" on a Spanish page
 * is "/es/request/plan"), so the flow and content name pages once. A link that
 * says its language (`hrefLang`) goes where it says.
 */
export function IntentLink({ href, hrefLang, onMouseEnter, onTouchStart, onFocus, ...props }: IntentLinkProps) {
  const router = useRouter();
  const localized = useLocalizedHref();
  const target = hrefLang ? href : localized(href);
  const prefetch = () => router.prefetch(target);
  return (
    <Link
      {...props}
      href={target}
      hrefLang={hrefLang}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
    />
  );
}
