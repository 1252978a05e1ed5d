# Compiler launcher, linker and sanitizers; chosen here so every target gets them alike.
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()

find_program(MOLD_PROGRAM mold)
if(MOLD_PROGRAM)
  add_link_options(-fuse-ld=mold)
endif()

if(CMAKE_BUILD_TYPE STREQUAL "Debug")
  # Smaller objects and faster links; full debug info is rarely needed on 2-core machines.
  add_compile_options(-g1)
endif()

if(MASSEFLYT_FUZZ)
  # Every library the fuzz targets link is instrumented for coverage and checked by ASan/UBSan;
  # only the fuzz executables link libFuzzer's main (tests/fuzz).
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "MASSEFLYT_FUZZ needs clang (the fuzz preset sets clang++-14)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

if(MASSEFLYT_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
