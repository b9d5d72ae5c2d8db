#pragma once

#include <QSaveFile>

// Puts a QSaveFile's file in place only if every byte reached it. QSaveFile::commit() of Qt 6.4
// reports success when the data it still buffered could not be written (a full disk: the file
// put in place is then empty or cut short): the data is flushed and checked here first, and the
// writing cancelled (nothing left behind) when it failed.
inline bool commitWritten(QSaveFile &file)
{
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        file.cancelWriting();
        file.commit(); // only removes the temporary file
        return false;
    }
    return file.commit();
}
