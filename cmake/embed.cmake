# jamt_embed(TARGET BASES base1;base2 FILES f1 f2 ...) compiles files into
# the binary. Each file becomes an entry of jamt::embedded_files(), keyed by
# its path relative to the first base folder that contains it (e.g.
# "templates/layout.mustache" under src/web, "ref/municipalities.csv" under
# data/). Only one such target may exist in a program.
function(jamt_embed target)
  cmake_parse_arguments(E "" "" "BASES;FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} "-DBASES=${E_BASES}" "-DFILES=${E_FILES}"
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_generate.cmake"
    DEPENDS ${E_FILES} "${PROJECT_SOURCE_DIR}/cmake/embed_generate.cmake"
    COMMENT "Embedding templates, stylesheet and data"
    VERBATIM)
  add_library(${target} STATIC "${out}")
  target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}/src")
endfunction()
