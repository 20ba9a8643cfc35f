"""A real X server for the window tests: Xvfb at 1366×768, the openbox window manager and a 30 px
taskbar at the bottom (a dock window with _NET_WM_STRUT, as on the clerks' Windows laptops), with
xdotool to find windows and press keys, and libX11 (through ctypes) to read what the window
manager says: the work area and a window's frame.

    with XServer() as x:
        x.start_dock(30)
        app = x.popen([sys.executable, "main.py", ...])
        window = x.find_window("Apel")
        assert x.inside_work_area(window)
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import time
from pathlib import Path

SIZE = (1366, 768)
TOOLS = ("Xvfb", "openbox", "xdotool")

_XA_ATOM, _XA_CARDINAL = 4, 6
_US_POSITION, _P_POSITION, _P_MIN_SIZE, _P_MAX_SIZE = 1, 4, 16, 32


class _SizeHints(ctypes.Structure):  # Xutil.h's XSizeHints
    _fields_ = [("flags", ctypes.c_long), *((name, ctypes.c_int) for name in (
        "x", "y", "width", "height", "min_width", "min_height", "max_width", "max_height", "width_inc",
        "height_inc", "min_aspect_x", "min_aspect_y", "max_aspect_x", "max_aspect_y", "base_width",
        "base_height", "win_gravity"))]


def missing_tools() -> list[str]:
    """What this machine lacks for the real-X tests (apt-get install xvfb openbox xdotool)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if ctypes.util.find_library("X11") is None:
        missing.append("libX11")
    return missing


def _xlib():
    x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
    c_ulong, c_void_p, c_int, c_long = ctypes.c_ulong, ctypes.c_void_p, ctypes.c_int, ctypes.c_long
    x.XOpenDisplay.restype, x.XOpenDisplay.argtypes = c_void_p, [ctypes.c_char_p]
    x.XDefaultRootWindow.restype, x.XDefaultRootWindow.argtypes = c_ulong, [c_void_p]
    x.XInternAtom.restype, x.XInternAtom.argtypes = c_ulong, [c_void_p, ctypes.c_char_p, c_int]
    x.XCreateSimpleWindow.restype = c_ulong
    x.XCreateSimpleWindow.argtypes = [c_void_p, c_ulong, c_int, c_int, ctypes.c_uint, ctypes.c_uint, ctypes.c_uint,
                                      c_ulong, c_ulong]
    x.XChangeProperty.argtypes = [c_void_p, c_ulong, c_ulong, c_ulong, c_int, c_int, c_void_p, c_int]
    x.XGetWindowProperty.argtypes = [c_void_p, c_ulong, c_ulong, c_long, c_long, c_int, c_ulong,
                                     ctypes.POINTER(c_ulong), ctypes.POINTER(c_int), ctypes.POINTER(c_ulong),
                                     ctypes.POINTER(c_ulong), ctypes.POINTER(c_void_p)]
    x.XTranslateCoordinates.argtypes = [c_void_p, c_ulong, c_ulong, c_int, c_int, ctypes.POINTER(c_int),
                                        ctypes.POINTER(c_int), ctypes.POINTER(c_ulong)]
    x.XGetGeometry.argtypes = [c_void_p, c_ulong, ctypes.POINTER(c_ulong), ctypes.POINTER(c_int),
                               ctypes.POINTER(c_int), *[ctypes.POINTER(ctypes.c_uint)] * 4]
    x.XSetWMNormalHints.argtypes = [c_void_p, c_ulong, ctypes.POINTER(_SizeHints)]
    x.XMapWindow.argtypes = x.XUnmapWindow.argtypes = [c_void_p, c_ulong]
    x.XFlush.argtypes = [c_void_p]
    x.XFree.argtypes = [c_void_p]
    x.XCloseDisplay.argtypes = [c_void_p]
    return x


class XServer:
    def __init__(self, size: tuple[int, int] = SIZE):
        self.size = size
        self.processes: list[subprocess.Popen] = []
        self.display_name = ""
        self.x = _xlib()
        self.display = None

    # --- starting and stopping ---------------------------------------------------------------------
    def __enter__(self) -> XServer:
        read, write = os.pipe()
        server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{self.size[0]}x{self.size[1]}x24",
                                   "-nolisten", "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        os.close(write)
        self.processes.append(server)
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        if not number:
            self.__exit__()
            raise RuntimeError("Xvfb did not start")
        self.display_name = f":{number}"
        self.display = self.x.XOpenDisplay(self.display_name.encode())
        self.popen(["openbox", "--sm-disable"])
        self.wait_for(lambda: self.root_property("_NET_SUPPORTING_WM_CHECK"), "openbox did not start")
        return self

    def __exit__(self, *_exc) -> None:
        if self.display:  # first: Xlib ends this process when its server goes away under it
            self.x.XCloseDisplay(self.display)
            self.display = None
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()

    @property
    def env(self) -> dict:
        return dict(os.environ, DISPLAY=self.display_name, QT_QPA_PLATFORM="xcb")

    def popen(self, argv, env: dict | None = None, **kwargs) -> subprocess.Popen:
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        kwargs.setdefault("stderr", subprocess.DEVNULL)
        process = subprocess.Popen(argv, env={**self.env, **(env or {})}, **kwargs)
        self.processes.append(process)
        return process

    @staticmethod
    def wait_for(check, failure: str, timeout: float = 20.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            found = check()
            if found:
                return found
            time.sleep(0.1)
        raise TimeoutError(failure)

    # --- the taskbar ---------------------------------------------------------------------------------
    def start_dock(self, height: int = 30) -> None:
        """A taskbar along the bottom edge: a dock window reserving *height* pixels (_NET_WM_STRUT), so
        the window manager's work area ends above it."""
        x, display = self.x, self.display
        width, screen_height = self.size
        root = x.XDefaultRootWindow(display)
        window = x.XCreateSimpleWindow(display, root, 0, screen_height - height, width, height, 0, 0, 0x1F3A5F)
        kind = (ctypes.c_long * 1)(self.atom("_NET_WM_WINDOW_TYPE_DOCK"))
        x.XChangeProperty(display, window, self.atom("_NET_WM_WINDOW_TYPE"), _XA_ATOM, 32, 0, kind, 1)
        strut = (ctypes.c_long * 12)(0, 0, 0, height, 0, 0, 0, 0, 0, 0, 0, width - 1)
        x.XChangeProperty(display, window, self.atom("_NET_WM_STRUT_PARTIAL"), _XA_CARDINAL, 32, 0, strut, 12)
        x.XChangeProperty(display, window, self.atom("_NET_WM_STRUT"), _XA_CARDINAL, 32, 0, strut, 4)
        top = screen_height - height  # along the bottom edge, where it was put, as its size
        hints = _SizeHints(flags=_US_POSITION | _P_POSITION | _P_MIN_SIZE | _P_MAX_SIZE, x=0, y=top, width=width,
                           height=height, min_width=width, min_height=height, max_width=width, max_height=height)
        x.XSetWMNormalHints(display, window, ctypes.byref(hints))
        # openbox announces itself (_NET_SUPPORTING_WM_CHECK) a moment before it manages windows: a
        # dock mapped in that moment is never managed and reserves nothing (2 starts in 8 here). So the
        # dock is mapped again, unmapped first, until the work area ends above it.
        reserved = lambda: self.work_area()[3] == screen_height - height  # noqa: E731
        for _ in range(8):
            x.XMapWindow(display, window)
            x.XFlush(display)
            try:
                self.wait_for(reserved, "", timeout=2.5)
                return
            except TimeoutError:
                x.XUnmapWindow(display, window)
                x.XFlush(display)
                time.sleep(0.2)
        raise TimeoutError("the dock did not reserve its strip")

    # --- what the window manager says ----------------------------------------------------------------
    def atom(self, name: str) -> int:
        return self.x.XInternAtom(self.display, name.encode(), 0)

    def property(self, window: int, name: str) -> list[int]:
        """A 32-bit property of *window* as a list of numbers ([] when it is not set)."""
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self.x.XGetWindowProperty(self.display, window, self.atom(name), 0, 64, 0, 0,
                                           ctypes.byref(actual_type), ctypes.byref(actual_format),
                                           ctypes.byref(count), ctypes.byref(after), ctypes.byref(data))
        if status != 0 or not data.value:
            return []
        try:
            if actual_format.value != 32:
                return []
            return list(ctypes.cast(data, ctypes.POINTER(ctypes.c_long))[:count.value])
        finally:
            self.x.XFree(data)

    def root_property(self, name: str) -> list[int]:
        return self.property(self.x.XDefaultRootWindow(self.display), name)

    def work_area(self) -> tuple[int, int, int, int]:
        """(x, y, width, height) of the desktop less the taskbar."""
        area = self.root_property("_NET_WORKAREA")
        return tuple(area[:4]) if len(area) >= 4 else (0, 0, *self.size)

    # --- windows ------------------------------------------------------------------------------------
    def xdo(self, *args, timeout: float = 30) -> str:
        return subprocess.run(["xdotool", *map(str, args)], env=self.env, check=True, capture_output=True,
                              text=True, timeout=timeout).stdout

    def find_window(self, name: str, timeout: float = 60) -> int | None:
        """The first visible window whose title contains *name*, or None."""
        try:
            found = self.xdo("search", "--sync", "--onlyvisible", "--name", name, timeout=timeout).split()
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
            return None
        return int(found[0]) if found else None

    def geometry(self, window: int) -> tuple[int, int, int, int]:
        """(x, y, width, height) of *window*'s inside, on the screen (xdotool's getwindowgeometry
        counts the title bar twice under a reparenting window manager)."""
        x, root = self.x, ctypes.c_ulong()
        left, top, child = ctypes.c_int(), ctypes.c_int(), ctypes.c_ulong()
        width, height, border, depth = (ctypes.c_uint() for _ in range(4))
        x.XGetGeometry(self.display, window, ctypes.byref(root), ctypes.byref(left), ctypes.byref(top),
                       ctypes.byref(width), ctypes.byref(height), ctypes.byref(border), ctypes.byref(depth))
        x.XTranslateCoordinates(self.display, window, root.value, 0, 0, ctypes.byref(left), ctypes.byref(top),
                                ctypes.byref(child))
        return left.value, top.value, width.value, height.value

    def frame(self, window: int) -> tuple[int, int, int, int]:
        """(x, y, width, height) of *window* with its title bar and borders."""
        x, y, w, h = self.geometry(window)
        left, right, top, bottom = (self.property(window, "_NET_FRAME_EXTENTS") + [0, 0, 0, 0])[:4]
        return x - left, y - top, w + left + right, h + top + bottom

    def inside_work_area(self, window: int) -> bool:
        x, y, w, h = self.frame(window)
        ax, ay, aw, ah = self.work_area()
        return x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah

    def screenshot(self, path: Path) -> bool:
        """The whole screen as a PNG (ImageMagick's import), False when it is not installed."""
        if shutil.which("import") is None:
            return False
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=True, capture_output=True,
                       timeout=30)
        return True
