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
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <termios.h>
#include <poll.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// ncurses keeps its screen in C globals; Swift 6 rejects shared mutable
// globals, so they are read through these accessors instead.
static inline WINDOW *pm_stdscr(void) { return stdscr; }
static inline int pm_lines(void) { return LINES; }
static inline int pm_cols(void) { return COLS; }
static inline int pm_key_resize(void) { return KEY_RESIZE; }
static inline int pm_key_mouse(void) { return KEY_MOUSE; }
static inline FILE *pm_stdout(void) { return stdout; }
static inline FILE *pm_stdin(void) { return stdin; }

// Cells the C library (and so ncurses) gives a character; declared here
// because <wchar.h> hides it unless _XOPEN_SOURCE is set.
extern int wcwidth(wchar_t c);
static inline int pm_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

// Attribute bits (function-like macros Swift cannot import).
static inline attr_t pm_attr_normal(void) { return A_NORMAL; }
static inline attr_t pm_attr_reverse(void) { return A_REVERSE; }
static inline attr_t pm_attr_bold(void) { return A_BOLD; }
static inline attr_t pm_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t pm_attr_dim(void) { return A_DIM; }

// Mouse masks.
static inline mmask_t pm_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t pm_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t pm_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t pm_button5_pressed(void) { return BUTTON5_PRESSED; }

// Termination signals (SIGINT, SIGTERM, SIGHUP) only record their number
// here; the event loop polls it, leaves curses with endwin and exits. The
// handler does nothing else, so it stays async-signal-safe.
static inline volatile sig_atomic_t *pm_pending_signal_slot(void) {
    static volatile sig_atomic_t pending = 0;
    return &pending;
}
static inline void pm_record_signal(int signal_number) { *pm_pending_signal_slot() = signal_number; }
static inline int pm_pending_signal(void) { return (int)*pm_pending_signal_slot(); }
static inline void pm_install_termination_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = pm_record_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
}

// A crash (Swift trap, SIGSEGV, abort) cannot run endwin, which is not
// async-signal-safe. Instead the handler puts back the tty modes saved before
// curses started (tcsetattr is async-signal-safe), writes the sequences that
// leave the alternate screen, show the cursor and stop mouse reports, then
// lets the signal kill the process as usual.
static inline struct termios *pm_saved_tty_modes(void) {
    static struct termios modes;
    return &modes;
}
static inline volatile sig_atomic_t *pm_saved_tty_modes_valid(void) {
    static volatile sig_atomic_t valid = 0;
    return &valid;
}
static inline void pm_restore_after_crash(int signal_number) {
    if (*pm_saved_tty_modes_valid()) tcsetattr(STDIN_FILENO, TCSANOW, pm_saved_tty_modes());
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}
static inline void pm_install_crash_handlers(void) {
    if (tcgetattr(STDIN_FILENO, pm_saved_tty_modes()) == 0) *pm_saved_tty_modes_valid() = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = pm_restore_after_crash;
    sigemptyset(&action.sa_mask);
    int fatal[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &action, NULL);
}

/// Waits up to `timeout_ms` for input on the terminal: 1 input ready,
/// 0 nothing (timeout, or a signal such as SIGWINCH interrupted the wait),
/// -1 the terminal is gone (hung up or closed), so the app must leave rather
/// than read an endless stream of end-of-file.
static inline int pm_wait_for_input(int timeout_ms) {
    struct pollfd fd = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    int ready = poll(&fd, 1, timeout_ms);
    if (ready <= 0) return 0;
    if (fd.revents & (POLLHUP | POLLERR | POLLNVAL)) return -1;
    return 1;
}

/// Like pm_wait_for_input, but also wakes when `wake_fd` becomes readable
/// (background work finished or made progress): 2 woken, else as above.
static inline int pm_wait_for_input_or_wake(int timeout_ms, int wake_fd) {
    struct pollfd fds[2] = {
        { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 },
        { .fd = wake_fd, .events = POLLIN, .revents = 0 },
    };
    int ready = poll(fds, wake_fd >= 0 ? 2 : 1, timeout_ms);
    if (ready <= 0) return 0;
    if (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)) return -1;
    if (fds[0].revents & POLLIN) return 1;
    return 2;
}

/// Checks TERM names a terminal ncurses knows, without letting ncurses exit:
/// 1 yes, 0 no (unknown or no terminfo entry), -1 terminfo database missing.
static inline int pm_terminal_is_known(const char *term) {
    int error = 0;
    if (setupterm(term, STDOUT_FILENO, &error) != OK) return error == -1 ? -1 : 0;
    del_curterm(cur_term);
    return 1;
}

#endif
