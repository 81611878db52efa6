# Fails when TS_FILE holds an unfinished (untranslated or unreviewed) entry.
file(READ "${TS_FILE}" content)
string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${count} unfinished translation(s). Translate them in the .ts file "
                        "(or with Qt Linguist) before building.")
endif()
