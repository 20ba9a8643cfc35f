"""The installed package: one top-level name `ikrar` (the repository's root, mapped by pyproject's
package-dir) with every sub-package and resource in the wheel; main.py runs from a checkout and as
ikrar.main; no old-style top-level imports (models, ui, …); no import cycles; the layers kept
(models/ without Qt, reportlab or the window; reports/ without Qt; no SQL written in ui/); no module
loaded by a name in a string."""
from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("models", "reports", "ui")
# what a build must not see: local state that a fresh clone does not have
NOT_SOURCE = shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                                    ".hypothesis", "*.db", "*.db-wal", "*.db-shm", "*.whl", "out", ".cache")


def env_for_children() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")


# --- a) the wheel ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """The wheel built from a copy of the checkout (a copy: setuptools builds in the source folder, and
    a build/ left by an earlier build, or a build running at the same time, must not decide what the
    wheel holds). Without build isolation, so no download: setuptools and wheel must be installed."""
    missing = [name for name in ("setuptools", "wheel") if importlib.util.find_spec(name) is None]
    assert not missing, f"{', '.join(missing)} not installed: the wheel cannot be built (pip install {' '.join(missing)})"
    source = tmp_path_factory.mktemp("source") / "ikrar"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(out), str(source)],
                           capture_output=True, text=True, timeout=300, cwd=out, env=env_for_children())
    assert build.returncode == 0, build.stdout + build.stderr
    wheels = list(out.glob("ikrar-*.whl"))
    assert len(wheels) == 1, wheels
    with zipfile.ZipFile(wheels[0]) as archive:
        yield archive


def packages_in_checkout() -> list[Path]:
    """Every folder under models/, reports/, ui/, resources/ that holds an __init__.py, the root's too."""
    folders = [ROOT]
    for top in (*LAYERS, "resources"):
        folders += sorted(init.parent for init in (ROOT / top).rglob("__init__.py") if "__pycache__" not in init.parts)
    return folders


def test_the_wheel_installs_one_name_with_its_resources(wheel):
    names = wheel.namelist()
    tops = {name.split("/")[0] for name in names}
    dist_info = {top for top in tops if re.fullmatch(r"ikrar-[^/]+\.dist-info", top)}
    assert len(dist_info) == 1 and tops - dist_info == {"ikrar"}, sorted(tops)
    assert "ikrar/main.py" in names and "ikrar/__init__.py" in names
    for pattern in (r"fonts/[^/]+\.ttf", r"i18n/[^/]+\.qm", r"pact/[^/]+\.txt", r"sounds/[^/]+\.wav"):
        shipped = [n for n in names if re.fullmatch(r"ikrar/resources/" + pattern, n)]
        wanted = [p for p in (ROOT / "resources").rglob("*") if re.fullmatch(pattern, p.relative_to(ROOT / "resources").as_posix())]
        assert shipped and len(shipped) == len(wanted), (pattern, shipped, wanted)


def test_every_package_folder_is_in_the_wheel(wheel):
    """pyproject lists the packages by hand: a new folder with an __init__.py that is not listed would
    be left out of the wheel without a word. Every module of every package folder must be in it."""
    names = set(wheel.namelist())
    left_out = []
    for folder in packages_in_checkout():
        for module in sorted(folder.glob("*.py")):
            inside = Path("ikrar") / module.relative_to(ROOT)
            if inside.as_posix() not in names:
                left_out.append(inside.as_posix())
    assert not left_out, f"in the checkout, not in the wheel (add the package to pyproject's list): {left_out}"


def test_python_code_under_the_layers_is_in_packages():
    """A folder of modules under models/, reports/ or ui/ without an __init__.py is no package: it
    would not be shipped."""
    loose = sorted({p.parent.relative_to(ROOT).as_posix() for top in LAYERS for p in (ROOT / top).rglob("*.py")
                    if "__pycache__" not in p.parts and not (p.parent / "__init__.py").is_file()})
    assert not loose, loose


# --- b) main.py from a checkout, and ikrar.main ---------------------------------------------------

def test_main_py_runs_from_the_checkout_anywhere(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True, text=True,
                            timeout=120, cwd=tmp_path, env=env_for_children())
    assert result.returncode == 0, result.stdout + result.stderr
    listed = re.findall(r"^ {4}(\S+)", result.stdout, re.MULTILINE)
    for command in ("import-roster", "event", "checkin", "report", "export-sync", "merge", "desk"):
        assert command in listed, (command, result.stdout)


def test_ikrar_main_imports_anywhere(tmp_path):
    result = subprocess.run([sys.executable, "-c", "import ikrar.main; print(ikrar.main.__file__)"],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env_for_children())
    assert result.returncode == 0, result.stdout + result.stderr
    assert Path(result.stdout.strip()) == ROOT / "main.py", "the installed ikrar is not this checkout"


# --- c) no old-style top-level modules ------------------------------------------------------------

IMPORT_ALL = textwrap.dedent("""
    import pkgutil, sys
    import ikrar

    def fail(name):
        raise SystemExit(f"cannot import {name}: {sys.exc_info()[1]!r}")

    names = [m.name for m in pkgutil.walk_packages(ikrar.__path__, "ikrar.", onerror=fail)]
    for name in names:
        __import__(name)
    print(len(names), "modules")
    stray = sorted({"models", "ui", "reports", "resources", "main"} & set(sys.modules))
    print("stray:", " ".join(stray))
""")


def test_importing_every_module_loads_nothing_under_an_old_top_level_name(tmp_path):
    """`python -m pytest` puts the checkout on sys.path, where `import models` would still work in the
    tests and break in the installed program; a fresh interpreter elsewhere shows it."""
    result = subprocess.run([sys.executable, "-c", IMPORT_ALL], capture_output=True, text=True, timeout=300,
                            cwd=tmp_path, env=env_for_children())
    assert result.returncode == 0, result.stdout + result.stderr
    assert int(result.stdout.split()[0]) == len(module_files()) - 1, result.stdout  # all but ikrar itself
    assert result.stdout.strip().endswith("stray:"), result.stdout


# --- d) import graph: no cycles, the layers kept ---------------------------------------------------

def module_files() -> dict[str, Path]:
    """ikrar.* module name -> file, for models/, reports/, ui/ and the root's modules."""
    files = {}
    for folder in packages_in_checkout():
        for path in folder.glob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            files[".".join(("ikrar", *parts))] = path
    return files


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports_of(name: str, path: Path, module_level_only: bool) -> list[tuple[str, tuple[str, ...], int]]:
    """(module, names taken from it, line) for every import in the file; `import a.b` gives
    ("a.b", (), line). Module level: not inside a function (a class body runs at import, so it counts)
    and not under `if TYPE_CHECKING:`. Relative imports are resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []

    def visit(node) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) or (
                    isinstance(child, ast.If) and _is_type_checking(child)):
                if not module_level_only:
                    visit(child)
                continue
            if isinstance(child, ast.Import):
                found.extend((alias.name, (), child.lineno) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[:len(package.split(".")) - (child.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                found.append((base, tuple(alias.name for alias in child.names), child.lineno))
            visit(child)

    visit(tree)
    return found


def import_graph() -> dict[str, set[str]]:
    """ikrar.* module -> the ikrar.* modules it imports at module level. `from ikrar.x import y` is an
    import of ikrar.x.y when that is a module, else of ikrar.x."""
    files = module_files()
    graph = {}
    for name, path in files.items():
        targets = set()
        for module, taken, _line in imports_of(name, path, module_level_only=True):
            submodules = {f"{module}.{t}" for t in taken} & files.keys()
            targets |= submodules
            if module in files and (not taken or len(submodules) < len(taken)):
                targets.add(module)
        graph[name] = targets - {name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                cycle = walk(nxt)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            cycle = walk(start)
            if cycle:
                return cycle
    return None


def test_no_import_cycles():
    graph = import_graph()
    assert len(graph) > 50 and any(graph.values())  # the scan found the modules and their imports
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


FORBIDDEN = {  # layer: what no module of it may import, anywhere in the module (a late import too)
    "models": ("PySide6", "reportlab", "ikrar.ui", "ikrar.reports"),
    "reports": ("PySide6", "ikrar.ui"),
}


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layers_import_only_downwards(layer):
    files = module_files()
    broken = []
    for name, path in sorted(files.items()):
        if not _under(name, f"ikrar.{layer}"):
            continue
        for module, _taken, line in imports_of(name, path, module_level_only=False):
            hits = [f for f in FORBIDDEN[layer] if _under(module, f)]
            broken += [f"{path.relative_to(ROOT)}:{line} imports {module}" for _ in hits[:1]]
    assert not broken, "\n".join(broken)


SQL = re.compile(r"\b(SELECT\b.*\bFROM|INSERT\b.*\bINTO|UPDATE\b.*\bSET|DELETE\b.*\bFROM|REPLACE\b.*\bINTO)\b", re.DOTALL)
RAW_SQL_CALLS = {"execute_sql", "execute", "executemany", "executescript"}


def sql_in(source: str, where: str) -> list[str]:
    """Lines of *source* with SQL written out: a string constant (or f-string part) with SELECT … FROM,
    INSERT … INTO, UPDATE … SET or DELETE … FROM, or a string handed to execute_sql/execute…"""
    found = []
    for node in ast.walk(ast.parse(source, where)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append(f"{where}:{node.lineno} {node.value[:60]!r}")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RAW_SQL_CALLS
              and node.args and isinstance(node.args[0], ast.Constant | ast.JoinedStr)):
            found.append(f"{where}:{node.lineno} {node.func.attr}(…)")
    return found


def string_loads(source: str, where: str) -> list[str]:
    """Calls of importlib.import_module / import_module / __import__ in *source*."""
    found = []
    for node in ast.walk(ast.parse(source, where)):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if called in ("import_module", "__import__"):
                found.append(f"{where}:{node.lineno} {called}(…)")
    return found


def scan(layers: tuple[str, ...], finder) -> list[str]:
    return [hit for name, path in sorted(module_files().items()) if any(_under(name, f"ikrar.{la}") for la in layers)
            for hit in finder(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())]


def test_the_window_writes_no_sql():
    """ui/ asks models/ for what it shows; SQL lives in models/."""
    found = scan(("ui",), sql_in)
    assert not found, "\n".join(found)


def test_the_scanners_find_what_they_look_for():
    sample = ('db.execute_sql("PRAGMA optimize")\nQ = """\n  UPDATE employee\n  SET x = 1"""\n'
              'T = "Select from the list"\nU = f"DELETE FROM {table}"\nlabel.setText("Update: set the PIN")\n')
    assert [hit.split()[0] for hit in sql_in(sample, "s.py")] == ["s.py:1", "s.py:2", "s.py:6"]
    loads = "import importlib\nm = importlib.import_module('ikrar.ui')\nn = __import__('os')\nimport os\n"
    assert [hit.split()[0] for hit in string_loads(loads, "l.py")] == ["l.py:2", "l.py:3"]


# --- e) no module loaded by a name in a string -----------------------------------------------------

def test_no_string_loaded_modules():
    """Every import is written as an import statement, so the graph above, the linters and a
    freezing tool see it."""
    found = scan(LAYERS, string_loads)
    assert not found, "\n".join(found)
