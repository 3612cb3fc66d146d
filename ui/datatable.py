"""View > Data table: the chart's numbers in a table a screen reader can read, cell by cell.

The rows, the headings and the caption (which says the numbers are illustrative) come from
``ui.lesson.spoken``; the dialog only shows them. It stays open beside the window and follows the
plan and the months played.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.lesson.spoken import DataTable, Spoken
from ui.panels.widgets import TextLabel


class DataTableDialog(QDialog):
    """A read-only table of the chart's numbers, under a caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(Spoken.data_table_title())
        self.setAccessibleName(Spoken.data_table_title())
        self.caption = TextLabel()
        self.caption.setObjectName("dataTableCaption")
        self.table = QTableWidget()
        self.table.setObjectName("dataTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(self.caption)
        box.addWidget(self.table, 1)
        box.addWidget(buttons)
        self.resize(640, 480)

    def show_table(self, data: DataTable) -> None:
        """Fill the table with these rows (the caption names the table for assistive technology)."""
        self.caption.setText(data.caption)
        self.table.setAccessibleName(Spoken.data_table_title())
        self.table.setAccessibleDescription(data.caption)
        self.table.clear()
        self.table.setColumnCount(len(data.headers))
        self.table.setRowCount(len(data.rows))
        self.table.setHorizontalHeaderLabels(list(data.headers))
        for r, row in enumerate(data.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
