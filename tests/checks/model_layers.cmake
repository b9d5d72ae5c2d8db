# The layers inside models/, kept by a test: storage (the workspace file) knows no domain
# folder, only util/, crypto/ (libsodium's primitives, a leaf) and the reference data (reference/, a leaf: it knows no workspace, only
# text/ and util/); the PDF module (pdf/) knows only report/'s headers that declare what it
# exports (it links no Comptoir code). Run by ctest as `cmake -DMODELS_DIR=… -P model_layers.cmake`.
cmake_policy(SET CMP0057 NEW) # IN_LIST
set(rules
    "storage|storage util reference crypto"
    "crypto|crypto util"
    "reference|reference text util"
    "util|util"
    "text|text"
    "pdf|report")
set(problems "")
foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    list(GET parts 0 folder)
    list(GET parts 1 allowed)
    string(REPLACE " " ";" allowed "${allowed}")
    file(GLOB sources "${MODELS_DIR}/${folder}/*.cpp" "${MODELS_DIR}/${folder}/*.h")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^#include \"[a-z]+/")
        foreach(line IN LISTS includes)
            string(REGEX MATCH "^#include \"([a-z]+)/" _ "${line}")
            if(NOT CMAKE_MATCH_1 IN_LIST allowed)
                string(APPEND problems "\n  ${source}: ${folder}/ may not include ${CMAKE_MATCH_1}/: ${line}")
            endif()
        endforeach()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "models/ layers:${problems}")
endif()
message(STATUS "models/ layers kept: storage knows no domain folder, reference no workspace")
