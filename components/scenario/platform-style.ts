import type { Platform } from '@/lib/scenario/definition';

/**
 * Platforms are evoked by kind (a feed, a photo grid, a chat…), never by a real brand's name,
 * logo or exact colour. Every accent below keeps text at ≥ 4.5:1 on its background in light
 * (the -700/-800 shades on white) and dark mode (the -200/-300 shades on slate-900).
 */
export type PlatformKind =
  | 'feed'
  | 'photo'
  | 'microblog'
  | 'chat'
  | 'professional'
  | 'review'
  | 'forum'
  | 'email'
  | 'video';

export const PLATFORM_KIND: Record<Platform, PlatformKind> = {
  facebook: 'feed',
  instagram: 'photo',
  x: 'microblog',
  bluesky: 'microblog',
  whatsapp: 'chat',
  linkedin: 'professional',
  'review-site': 'review',
  forum: 'forum',
  email: 'email',
  tiktok: 'video',
};

/** A generic, brand-free name for the kind of platform, shown on the scenario frame. */
export const PLATFORM_KIND_LABEL: Record<PlatformKind, string> = {
  feed: 'Social network feed',
  photo: 'Photo-sharing app',
  microblog: 'Microblogging site',
  chat: 'Messaging app',
  professional: 'Professional network',
  review: 'Review website',
  forum: 'Online forum',
  email: 'Email',
  video: 'Short-video app',
};

export interface Accent {
  /** Names, links and headings in the accent colour. */
  text: string;
  /** A thin accent bar or border. */
  border: string;
  /** A tinted surface (header strip, own chat bubble) that keeps body text readable. */
  surface: string;
}

export const ACCENTS: Record<PlatformKind, Accent> = {
  feed: { text: 'text-blue-800 dark:text-blue-200', border: 'border-blue-700 dark:border-blue-300', surface: 'bg-blue-50 dark:bg-blue-950' },
  photo: { text: 'text-fuchsia-800 dark:text-fuchsia-200', border: 'border-fuchsia-700 dark:border-fuchsia-300', surface: 'bg-fuchsia-50 dark:bg-fuchsia-950' },
  microblog: { text: 'text-sky-800 dark:text-sky-200', border: 'border-sky-700 dark:border-sky-300', surface: 'bg-sky-50 dark:bg-sky-950' },
  chat: { text: 'text-emerald-800 dark:text-emerald-200', border: 'border-emerald-700 dark:border-emerald-300', surface: 'bg-emerald-50 dark:bg-emerald-950' },
  professional: { text: 'text-cyan-800 dark:text-cyan-200', border: 'border-cyan-700 dark:border-cyan-300', surface: 'bg-cyan-50 dark:bg-cyan-950' },
  review: { text: 'text-amber-800 dark:text-amber-200', border: 'border-amber-700 dark:border-amber-300', surface: 'bg-amber-50 dark:bg-amber-950' },
  forum: { text: 'text-violet-800 dark:text-violet-200', border: 'border-violet-700 dark:border-violet-300', surface: 'bg-violet-50 dark:bg-violet-950' },
  email: { text: 'text-slate-800 dark:text-slate-200', border: 'border-slate-600 dark:border-slate-300', surface: 'bg-slate-100 dark:bg-slate-800' },
  video: { text: 'text-rose-800 dark:text-rose-200', border: 'border-rose-700 dark:border-rose-300', surface: 'bg-rose-50 dark:bg-rose-950' },
};

/** The kind of platform a scenario (or a component's own `platform` attribute) names. */
export function platformKind(platform: Platform): PlatformKind {
  return PLATFORM_KIND[platform];
}

/** Shared card chrome: readable in both colour schemes, wraps long words at 320 px. */
export const CARD =
  'min-w-0 break-words rounded-lg border border-slate-300 bg-white text-slate-900 shadow-sm dark:border-slate-600 dark:bg-slate-900 dark:text-slate-50';

/** Secondary text (times, handles): slate-600 on white is 7.6:1, slate-300 on slate-900 is 12:1. */
export const MUTED = 'text-slate-600 dark:text-slate-300';
