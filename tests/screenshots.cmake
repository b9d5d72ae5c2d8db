# Refreshes the screenshots the README shows (packaging/screenshots), from the same rendering as
# the layout test (tst_layout, on a 1366×768 screen, in French) and a dossier page of the demo
# read back with poppler's pdftoppm:
#
#     cmake --build build/ci --target screenshots
#
# Arguments: LAYOUT_TEST (tst_layout), COMPTOIR (the comptoir executable), SCREEN (the offscreen
# screen's configuration file), WORK (a scratch folder), OUT (packaging/screenshots).
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK} ${OUT})
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen:configfile=${SCREEN}
            COMPTOIR_SCREENSHOTS=${WORK}/screens LC_ALL=C.UTF-8 ${LAYOUT_TEST}
    RESULT_VARIABLE failed OUTPUT_QUIET)
if(failed)
    message(FATAL_ERROR "tst_layout failed: the screens do not fit, nothing was refreshed")
endif()
file(GLOB rendered ${WORK}/screens/*)
foreach(pair "01-projets:projects" "02-editeur-08:editor" "07-atelier-en-cours:live-workshop"
             "05-instruction:review" "02-editeur-12:attachments")
    string(REPLACE ":" ";" names ${pair})
    list(GET names 0 from)
    list(GET names 1 to)
    file(COPY_FILE ${rendered}/${from}.png ${OUT}/${to}.png)
endforeach()

# A dossier page: the demo's labelled projects in one PDF, its first page as a PNG.
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen HOME=${WORK}/home
            XDG_DATA_HOME=${WORK}/data XDG_CONFIG_HOME=${WORK}/config
            ${COMPTOIR} create-demo --out ${WORK}/demo.comptoirdb --lang fr
    RESULT_VARIABLE failed OUTPUT_QUIET ERROR_QUIET)
if(NOT failed)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen HOME=${WORK}/home
                XDG_DATA_HOME=${WORK}/data XDG_CONFIG_HOME=${WORK}/config
                ${COMPTOIR} export-pdf --workspace ${WORK}/demo.comptoirdb --stage labelled
                --combined --out ${WORK}/dossiers.pdf --lang fr
        RESULT_VARIABLE failed OUTPUT_QUIET ERROR_QUIET)
endif()
if(NOT failed)
    execute_process(COMMAND pdftoppm -png -r 60 -f 1 -l 1 -singlefile ${WORK}/dossiers.pdf
                            ${OUT}/dossier RESULT_VARIABLE failed)
endif()
if(failed)
    message(FATAL_ERROR "The dossier page could not be rendered (comptoir export-pdf, pdftoppm)")
endif()
message(STATUS "Screenshots refreshed in ${OUT}")
