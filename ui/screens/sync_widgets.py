"""The Sync screen's plain widgets: read-only tables as its merge results and coverage show them, a
layout filled in one call, and the colour of a refusal."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLayout, QTableWidget

REFUSED = QColor("#b00020")


def box(layout, *items):
    """Fill *layout* with widgets, layouts or (item, stretch) pairs; returns it."""
    for item in items:
        item, stretch = item if isinstance(item, tuple) else (item, 0)
        (layout.addLayout if isinstance(item, QLayout) else layout.addWidget)(item, stretch)
    return layout


def read_only_table(parent, columns: int, stretch: int, fixed: dict[int, int] | None = None) -> QTableWidget:
    """A table of whole rows, not editable: column *stretch* takes the room left, *fixed* {column: width}."""
    table = QTableWidget(0, columns, parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long file names keep their desk part
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for col, width in (fixed or {}).items():
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(col, width)
    return table
