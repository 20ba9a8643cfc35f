"""`ikrar settings [list] | get KUNCI | set KUNCI [NILAI …]`: what the first-start setup asks, from the
command line, over the keys of models/settings.py's registry a person sets (those with `about`),
plus `admin_pin`. Every value is checked as the window checks it (settings.change), one sentence
per refusal; `set desk_name` renames this desk; `set logo FILE` keeps the picture in the database;
the admin PIN is typed at a prompt (getpass), never on the command line, where it would stay in
the shell's history."""
from __future__ import annotations

import getpass
import sys

from ikrar.models import settings
from ikrar.models.desk import local_desk_name
from ikrar.models.errors import Refused
from ikrar.models.identifiers import format_nip
from ikrar.ui.cli.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, say

PIN_KEY = "admin_pin"
KEYS = (*settings.PERSON_KEYS, PIN_KEY)
YES, NO = {"ya", "y", "yes", "true", "on", "1", "aktif"}, {"tidak", "t", "no", "n", "false", "off", "0", "mati"}


def register(sub, common) -> None:
    st = sub.add_parser("settings", parents=[common], help=say(
        "lihat dan ubah pengaturan: kop surat, kota, pejabat, nama meja, PIN admin",
        "see and change the settings: letterhead, city, official, desk name, admin PIN"))
    st.description = say("Pengaturan meja ini: kop surat dan logo, kota, pejabat yang mengetahui, kertas, nama meja, "
                         "bahasa, bunyi, PIN admin. Tanpa AKSI: sama dengan 'list'.",
                         "This desk's settings: letterhead and logo, city, approving official, paper, desk name, "
                         "language, sound, admin PIN. Without an ACTION: the same as 'list'.")
    st.set_defaults(handler=settings_list)
    actions = st.add_subparsers(dest="settings_command", metavar=say("AKSI", "ACTION"))
    actions.required = False
    ls = actions.add_parser("list", parents=[common], help=say("semua pengaturan dan nilainya; apa yang belum diatur",
                                                               "every setting and its value; what is not set yet"))
    ls.set_defaults(handler=settings_list)
    key = say("KUNCI", "KEY")
    get = actions.add_parser("get", parents=[common], help=say("nilai satu pengaturan", "one setting's value"))
    get.add_argument("key", metavar=key, help=", ".join(KEYS))
    get.set_defaults(handler=settings_get)
    put = actions.add_parser("set", parents=[common], help=say("ubah satu pengaturan", "change one setting"),
                             description=say(
        "Ubah satu pengaturan. letterhead_lines: satu NILAI per baris kop. logo: berkas PNG/JPG, atau \"\" untuk "
        "menghapus. sound: ya/tidak. admin_pin: tanpa NILAI; PIN diketik saat diminta.",
        "Change one setting. letterhead_lines: one VALUE per letterhead line. logo: a PNG/JPG file, or \"\" to "
        "remove it. sound: yes/no. admin_pin: no VALUE; the PIN is typed when asked."))
    put.add_argument("key", metavar=key, help=", ".join(KEYS))
    put.add_argument("values", metavar=say("NILAI", "VALUE"), nargs="*",
                     help=say("nilai baru (tanpa nilai: mengosongkan)", "the new value (none: empty it)"))
    put.set_defaults(handler=settings_set)


def shown(key: str) -> tuple[object, str]:
    """(value for --json, text) of one key."""
    if key == PIN_KEY:
        is_set = settings.has_admin_pin()
        return is_set, say("(diatur)", "(set)") if is_set else say("(belum diatur)", "(not set)")
    if key == "logo":
        data = settings.logo_image()
        if not data:
            return None, say("(tidak ada)", "(none)")
        kind, width, height = settings.logo_info(data)
        kb = max(1, round(len(data) / 1024))
        return ({"format": kind, "width": width, "height": height, "bytes": len(data)},
                say(f"{kind} {width} × {height} piksel, {kb} kB", f"{kind} {width} × {height} pixels, {kb} kB"))
    value = local_desk_name() if key == "desk_name" else settings.get(key)
    if key == "letterhead_lines":
        return value, " / ".join(value) if value else say("(kosong)", "(empty)")
    if isinstance(value, bool):
        return value, say("ya", "yes") if value else say("tidak", "no")
    if key == "approver_nip" and value:
        return value, format_nip(value)
    return value, str(value) if value != "" else say("(kosong)", "(empty)")


def _key(key: str) -> str:
    if key not in KEYS:
        raise settings.unknown_key(key, KEYS)
    return key


def _about(key: str) -> str:
    if key == PIN_KEY:
        return say("PIN admin untuk membatalkan kehadiran dan menutup acara (diketik saat diminta)",
                   "The admin PIN for voiding check-ins and closing events (typed at a prompt)")
    return say(*settings.OPTIONS[key].about)


def settings_list(args, out) -> int:
    values = {key: shown(key) for key in KEYS}
    gaps = settings.missing()
    lines = [say(f"Pengaturan meja \"{local_desk_name()}\":", f"Settings of desk \"{local_desk_name()}\":")]
    for key, (_, text) in values.items():
        lines += [f"  {key:<18} {text}", f"  {'':<18} {_about(key)}"]
    if gaps:
        lines.append(say("Belum diatur:", "Not set yet:"))
        lines += [f"  - {say(id_text, en_text)}" for _, id_text, en_text in gaps]
    lines.append(say("Ubah dengan: ikrar settings set KUNCI NILAI (PIN: ikrar settings set admin_pin).",
                     "Change with: ikrar settings set KEY VALUE (PIN: ikrar settings set admin_pin)."))
    out.emit({"settings": {key: value for key, (value, _) in values.items()},
              "letterhead_is_set": settings.letterhead_is_set(),
              "missing": [key for key, _, _ in gaps]}, "\n".join(lines))
    return EXIT_OK


def settings_get(args, out) -> int:
    try:
        key = _key(args.key)
    except Refused as err:
        return out.error(err, EXIT_USAGE)
    value, text = shown(key)
    if key == "letterhead_lines" and value:
        text = "\n".join(value)
    out.emit({"key": key, "value": value}, text)
    return EXIT_OK


def _typed(key: str, values: list[str]):
    """What was typed after the key, as the option's type (a list takes each NILAI as a line)."""
    option = settings.OPTIONS[key]
    if option.type is list:
        return list(values)
    text = " ".join(values).strip()
    if option.type is bool:
        if text.lower() in YES | NO:
            return text.lower() in YES
        raise Refused(f"Nilai untuk {key} harus ya atau tidak, bukan '{text}'.",
                      f"The value for {key} must be yes or no, not '{text}'.", code="setting")
    if option.choices:  # f4 is F4, EN is en
        return next((c for c in option.choices if c.lower() == text.lower()), text)
    return text


def settings_set(args, out) -> int:
    try:
        key = _key(args.key)
    except Refused as err:
        return out.error(err, EXIT_USAGE)
    if key == PIN_KEY:
        return _set_pin(args, out)
    if key == "logo":
        if len(args.values) != 1:
            return out.error(say("Sebutkan satu berkas gambar logo (PNG atau JPG), atau \"\" untuk menghapus logo.",
                                 "Name one logo picture file (PNG or JPG), or \"\" to remove the logo."), EXIT_USAGE)
        if args.values[0].strip():
            settings.store_logo(args.values[0])
        else:
            settings.remove_logo()
    else:
        settings.change(key, _typed(key, args.values))
    value, text = shown(key)
    out.emit({"key": key, "value": value, "ok": True}, say(f"Disimpan: {key} = {text}", f"Saved: {key} = {text}"))
    if key == "letterhead_lines" and not settings.letterhead_is_set():
        note = say("Perhatian: kop surat belum diatur; setiap dokumen dicetak dengan tanda KOP BELUM DIATUR.",
                   "Note: the letterhead is not set; every document is printed marked KOP BELUM DIATUR.")
        print(note, file=sys.stderr)
    return EXIT_OK


def _set_pin(args, out) -> int:
    if args.values:
        return out.error(say("PIN admin tidak diketik di baris perintah (akan tersimpan di riwayat); jalankan "
                             "'ikrar settings set admin_pin' tanpa nilai, lalu ketik PIN saat diminta.",
                             "The admin PIN is not typed on the command line (it would stay in the history); run "
                             "'ikrar settings set admin_pin' without a value and type the PIN when asked."), EXIT_USAGE)
    if settings.has_admin_pin() and not settings.check_admin_pin(getpass.getpass(say("PIN admin saat ini: ",
                                                                                     "Current admin PIN: "))):
        return out.error(say("PIN admin saat ini salah; PIN tidak diubah.",
                             "The current admin PIN is wrong; the PIN was not changed."), EXIT_FAILED)
    new = getpass.getpass(say("PIN admin baru (4–12 angka): ", "New admin PIN (4–12 digits): "))
    again = getpass.getpass(say("Ketik lagi PIN admin baru: ", "Type the new admin PIN again: "))
    if new != again:
        return out.error(say("Kedua PIN baru berbeda; PIN tidak diubah.",
                             "The two new PINs differ; the PIN was not changed."), EXIT_FAILED)
    settings.set_admin_pin(new)
    out.emit({"key": PIN_KEY, "value": True, "ok": True},
             say("PIN admin disimpan (tersandi, tidak dapat dibaca kembali).",
                 "Admin PIN saved (hashed; it cannot be read back)."))
    return EXIT_OK
