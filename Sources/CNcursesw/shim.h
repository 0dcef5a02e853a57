#ifndef PEERMATCH_CNCURSESW_SHIM_H
#define PEERMATCH_CNCURSESW_SHIM_H

// Wide-character API (get_wch, add_wchstr, setcchar) needs this before curses.h.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

// ncurses keeps its screen in C globals; Swift 6 rejects shared mutable
// globals, so they are read through these accessors instead.
static inline WINDOW *pm_stdscr(void) { return stdscr; }
static inline int pm_lines(void) { return LINES; }
static inline int pm_cols(void) { return COLS; }
static inline int pm_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int pm_key_resize(void) { return KEY_RESIZE; }
static inline int pm_key_mouse(void) { return KEY_MOUSE; }

#endif
