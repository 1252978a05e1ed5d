# mf_embed_files(<target> FUNCTION <c++ function name> BASE <dir> FILES <files...>)
# Generates a source file that defines `std::span<const masseflyt::EmbeddedFile> <function>()`
# holding the files' bytes, so the single binary needs no data files beside it
# (migrations, templates, the message catalog, the OpenAPI document).
set(MF_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_files_generate.cmake)

function(mf_embed_files target)
  cmake_parse_arguments(ARG "" "FUNCTION;BASE" "FILES" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${ARG_FUNCTION}_embedded.cpp)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DFUNCTION=${ARG_FUNCTION} -DBASE=${ARG_BASE}
            "-DFILES=${ARG_FILES}" -P ${MF_EMBED_SCRIPT}
    DEPENDS ${ARG_FILES} ${MF_EMBED_SCRIPT}
    COMMENT "Embedding files for ${ARG_FUNCTION}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
